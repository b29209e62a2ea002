/**
 * Event storage: append-only streams of events with optimistic concurrency, read back in order and by global position. A host implements {@link org.atelier.spi.store.EventStore} and proves it with {@code EventStoreContract}.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.spi.store;

import org.jspecify.annotations.NullMarked;
