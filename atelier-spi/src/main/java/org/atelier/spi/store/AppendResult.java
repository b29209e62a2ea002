package org.atelier.spi.store;

/**
 * What an append did.
 *
 * @param streamVersion the stream's version after the append (the number of events in it)
 * @param lastPosition the global position of the last event of the batch, or of the
 *     stream's last event when the batch was empty or already stored, or 0 when the
 *     stream has no events
 * @param alreadyStored {@code true} when every event of the batch was already in the
 *     stream, so nothing was written (an idempotent retry)
 * @since 0.1
 */
public record AppendResult(long streamVersion, long lastPosition, boolean alreadyStored) {}
