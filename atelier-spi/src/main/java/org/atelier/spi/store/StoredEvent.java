package org.atelier.spi.store;

import java.util.Objects;

/**
 * An event as read back from a store.
 *
 * @param streamId the stream it belongs to
 * @param version its place in the stream: the first event has version 1
 * @param position its place in the store's global order: strictly increasing, from 1,
 *     across all streams
 * @param data the event
 * @since 0.1
 */
public record StoredEvent(String streamId, long version, long position, EventData data) {
  /**
   * Checks the parts.
   *
   * @param streamId the stream
   * @param version the version in the stream, {@code >= 1}
   * @param position the global position, {@code >= 1}
   * @param data the event
   */
  public StoredEvent {
    Objects.requireNonNull(streamId, "streamId");
    Objects.requireNonNull(data, "data");
    if (version < 1 || position < 1) {
      throw new IllegalArgumentException("version and position start at 1, got " + version + " and " + position);
    }
  }
}
