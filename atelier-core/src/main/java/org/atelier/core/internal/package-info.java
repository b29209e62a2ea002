/**
 * Implementation details of Atelier's core. Not exported: nothing here is API.
 */
@NullMarked
package org.atelier.core.internal;

import org.jspecify.annotations.NullMarked;
