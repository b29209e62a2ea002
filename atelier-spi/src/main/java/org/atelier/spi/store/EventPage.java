package org.atelier.spi.store;

import java.util.List;

/**
 * One page of the store's global order, as {@link EventStore#readAll} returns it.
 *
 * @param events the events, in increasing position
 * @param nextPosition the position to read from for the next page
 * @param endReached {@code true} when no event exists past this page at the time of reading
 * @since 0.1
 */
public record EventPage(List<StoredEvent> events, long nextPosition, boolean endReached) {
  /**
   * Copies the list.
   *
   * @param events the events
   * @param nextPosition the next position
   * @param endReached whether the end was reached
   */
  public EventPage {
    events = List.copyOf(events);
  }
}
