/**
 * In-memory implementations of every SPI interface: the embedded default of
 * {@code Atelier.inMemory()}, and test doubles that record what they were asked to do.
 * All are thread-safe, deterministic and pass the SPI's contract kit.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.memory;

import org.jspecify.annotations.NullMarked;
