package org.atelier.core.internal.engine;

import java.util.List;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;

/** A store that forwards every call, for tests that override one method to inject a fault. */
public class ForwardingEventStore implements EventStore {
  private final EventStore delegate;

  /**
   * Wraps a store.
   *
   * @param delegate the store to forward to
   */
  public ForwardingEventStore(EventStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events) {
    return delegate.append(streamId, expected, events);
  }

  @Override
  public List<StoredEvent> readStream(String streamId) {
    return delegate.readStream(streamId);
  }

  @Override
  public long streamVersion(String streamId) {
    return delegate.streamVersion(streamId);
  }

  @Override
  public EventPage readAll(long fromPosition, int maxCount) {
    return delegate.readAll(fromPosition, maxCount);
  }
}
