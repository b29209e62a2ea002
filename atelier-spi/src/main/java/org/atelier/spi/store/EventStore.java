package org.atelier.spi.store;

import java.util.List;

/**
 * Append-only storage of event streams, with optimistic concurrency. Atelier keeps each
 * internship as one stream and rebuilds it by folding the stream's events.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Atomic appends.</b> {@link #append} writes the whole batch or nothing.
 *   <li><b>Versions.</b> A stream's version is the number of events it holds; its events
 *       have versions 1..n. Versions and positions are {@code long}: a store must not
 *       assume they fit in an {@code int}.
 *   <li><b>Optimistic concurrency.</b> An append whose {@link ExpectedVersion} does not
 *       match the stream fails with {@link ConcurrencyConflictException}, carrying the
 *       actual version, and writes nothing. Of several writers appending from the same
 *       version, exactly one succeeds.
 *   <li><b>Idempotency.</b> Event ids are unique across the whole store. When every event
 *       id of a non-empty batch is already stored in the stream as one contiguous run in
 *       the same order, the append writes nothing and returns
 *       {@link AppendResult#alreadyStored()} {@code true}, whatever the expected version
 *       (this check comes before the version check). A batch that overlaps stored ids in
 *       any other way (some new ids, another order, an id stored in another stream) is
 *       refused with {@link IllegalArgumentException} and writes nothing.
 *   <li><b>Empty batches.</b> An empty batch is checked against the expected version like
 *       any other; it creates an absent stream with version 0 and otherwise writes
 *       nothing.
 *   <li><b>Global order.</b> Every stored event has a global position, strictly
 *       increasing in the order of commits, so that {@link #readAll} pages see each
 *       event exactly once.
 *   <li><b>Thread safety.</b> Every method may be called from several threads at once.
 *   <li><b>Failures.</b> A failure of the store itself is an {@link EventStoreException};
 *       the caller may retry the same batch.
 * </ul>
 *
 * <p>What may be retried: any call after an {@link EventStoreException}; an append after a
 * {@link ConcurrencyConflictException} only after re-reading the stream and deciding again
 * (Atelier's command runner does this). Reads never change anything.
 *
 * <p>Plugin authors prove an implementation with {@code org.atelier.spi.testing.EventStoreContract}
 * from this module's test-jar.
 *
 * @since 0.1
 */
public interface EventStore {

  /**
   * Appends a batch of events to one stream, if the stream is in the expected state. An
   * empty batch creates an absent stream with version 0.
   *
   * @param streamId the stream, a non-blank id
   * @param expected what the stream must be like for the append to go ahead
   * @param events the events, in order
   * @return the stream's version and last position after the append
   * @throws ConcurrencyConflictException if the stream does not meet {@code expected}
   * @throws IllegalArgumentException if the stream id is blank, the batch holds one id
   *     twice, or the batch overlaps stored ids (in this or another stream) other than as
   *     an idempotent retry
   * @throws EventStoreException if the store failed
   */
  AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events);

  /**
   * Reads a stream from its first event.
   *
   * @param streamId the stream
   * @return its events in version order; empty if the stream is absent or empty
   * @throws EventStoreException if the store failed
   */
  List<StoredEvent> readStream(String streamId);

  /**
   * The version of a stream.
   *
   * @param streamId the stream
   * @return the number of events it holds, or {@code -1} when it does not exist
   * @throws EventStoreException if the store failed
   */
  long streamVersion(String streamId);

  /**
   * Reads a page of every stream's events in global order.
   *
   * @param fromPosition the first position to return (positions start at 1)
   * @param maxCount the largest number of events to return, {@code >= 1}
   * @return the page, with the position to continue from; a {@code fromPosition} past the
   *     last event gives an empty page with {@code endReached}. Positions may have gaps (a
   *     database sequence), so a caller continues from {@link EventPage#nextPosition()},
   *     never from its own count. A store must not allocate by {@code maxCount}: callers
   *     may pass {@link Integer#MAX_VALUE}
   * @throws IllegalArgumentException if {@code fromPosition < 1} or {@code maxCount < 1}
   * @throws EventStoreException if the store failed
   */
  EventPage readAll(long fromPosition, int maxCount);
}
