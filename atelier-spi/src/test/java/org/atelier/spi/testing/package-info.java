/**
 * The SPI's contract kit: abstract JUnit 5 classes that prove an implementation keeps the
 * promises of its interface. A plugin author extends one in their own tests and supplies a
 * factory; see {@code docs/spi.md}. Shipped in the {@code atelier-spi} test-jar
 * ({@code <classifier>tests</classifier>}); the user's test scope supplies JUnit Jupiter
 * (with its params module) and AssertJ.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.spi.testing;

import org.jspecify.annotations.NullMarked;
