/**
 * The Atelier facade and its builder, the one entry point, and the exception hierarchy with stable error codes.
 */
@NullMarked
package org.atelier.core;

import org.jspecify.annotations.NullMarked;
