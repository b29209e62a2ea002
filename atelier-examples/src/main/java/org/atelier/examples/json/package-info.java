/**
 * JSON text shared by the command line's commands. Not exported.
 */
@NullMarked
package org.atelier.examples.json;

import org.jspecify.annotations.NullMarked;
