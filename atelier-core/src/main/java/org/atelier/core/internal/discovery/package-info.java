/**
 * Finding SPI implementations with {@link java.util.ServiceLoader} when the builder was not
 * given them. Not exported.
 */
@NullMarked
package org.atelier.core.internal.discovery;

import org.jspecify.annotations.NullMarked;
