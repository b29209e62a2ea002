package org.atelier.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;

/**
 * An {@link EventStore} in memory: the embedded default. It keeps every promise of the
 * SPI's contract, which its tests prove with {@code EventStoreContract}.
 *
 * <p>One read-write lock guards everything: appends are serialized (which makes the
 * optimistic check and the write one atomic step), reads run in parallel. Positions are
 * dense ({@code 1..n}). Costs: an append is O(batch) plus the idempotency check, a stream
 * read is O(stream), {@code readAll} is O(page). Nothing survives the JVM.
 *
 * @since 0.1
 */
public final class InMemoryEventStore implements EventStore {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, List<StoredEvent>> streams = new HashMap<>();
  /** Event id to the stream that holds it. */
  private final Map<String, String> eventIds = new HashMap<>();
  private final List<StoredEvent> all = new ArrayList<>();

  /** Creates an empty store. */
  public InMemoryEventStore() {}

  @Override
  public AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events) {
    Objects.requireNonNull(streamId, "streamId");
    Objects.requireNonNull(expected, "expected");
    List<EventData> batch = List.copyOf(events);
    if (streamId.isBlank()) {
      throw new IllegalArgumentException("stream id must not be blank");
    }
    Set<String> ids = new HashSet<>();
    for (EventData event : batch) {
      if (!ids.add(event.eventId())) {
        throw new IllegalArgumentException("the batch for stream " + streamId + " holds event id " + event.eventId() + " twice");
      }
    }
    lock.writeLock().lock();
    try {
      List<StoredEvent> stream = streams.get(streamId);
      if (!batch.isEmpty() && isStoredRun(streamId, stream, batch)) {
        return new AppendResult(stream.size(), lastPosition(stream), true);
      }
      boolean exists = stream != null;
      long version = exists ? stream.size() : -1;
      if (!expected.matches(exists, version)) {
        throw new ConcurrencyConflictException(streamId, expected, version);
      }
      if (stream == null) {
        stream = new ArrayList<>();
        streams.put(streamId, stream);
      }
      for (EventData event : batch) {
        StoredEvent stored = new StoredEvent(streamId, stream.size() + 1L, all.size() + 1L, event);
        stream.add(stored);
        all.add(stored);
        eventIds.put(event.eventId(), streamId);
      }
      return new AppendResult(stream.size(), lastPosition(stream), false);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Whether the batch is exactly a contiguous run of the stream's stored events; refuses a
   * batch that overlaps stored ids in any other way.
   */
  private boolean isStoredRun(String streamId, List<StoredEvent> stream, List<EventData> batch) {
    int known = 0;
    for (EventData event : batch) {
      String holder = eventIds.get(event.eventId());
      if (holder != null && !holder.equals(streamId)) {
        throw new IllegalArgumentException("event id " + event.eventId() + " is already stored in stream " + holder
            + ", not in " + streamId + "; event ids are unique across the store");
      }
      if (holder != null) {
        known++;
      }
    }
    if (known == 0) {
      return false;
    }
    if (known == batch.size() && stream != null) {
      int start = indexOf(stream, batch.get(0).eventId());
      boolean run = start + batch.size() <= stream.size();
      for (int i = 0; run && i < batch.size(); i++) {
        run = stream.get(start + i).data().eventId().equals(batch.get(i).eventId());
      }
      if (run) {
        return true;
      }
    }
    throw new IllegalArgumentException("the batch for stream " + streamId + " overlaps stored event ids other than as"
        + " an exact retry; expected either only new ids or a contiguous run of stored ids in their stored order");
  }

  private static int indexOf(List<StoredEvent> stream, String eventId) {
    for (int i = 0; i < stream.size(); i++) {
      if (stream.get(i).data().eventId().equals(eventId)) {
        return i;
      }
    }
    return -1;
  }

  private static long lastPosition(List<StoredEvent> stream) {
    return stream.isEmpty() ? 0 : stream.get(stream.size() - 1).position();
  }

  @Override
  public List<StoredEvent> readStream(String streamId) {
    Objects.requireNonNull(streamId, "streamId");
    lock.readLock().lock();
    try {
      List<StoredEvent> stream = streams.get(streamId);
      return stream == null ? List.of() : List.copyOf(stream);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public long streamVersion(String streamId) {
    Objects.requireNonNull(streamId, "streamId");
    lock.readLock().lock();
    try {
      List<StoredEvent> stream = streams.get(streamId);
      return stream == null ? -1 : stream.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public EventPage readAll(long fromPosition, int maxCount) {
    if (fromPosition < 1 || maxCount < 1) {
      throw new IllegalArgumentException("readAll needs fromPosition >= 1 and maxCount >= 1, got "
          + fromPosition + " and " + maxCount);
    }
    lock.readLock().lock();
    try {
      int size = all.size();
      if (fromPosition > size) {
        return new EventPage(List.of(), fromPosition, true);
      }
      int from = (int) (fromPosition - 1);
      int to = (int) Math.min(size, (long) from + maxCount);
      return new EventPage(List.copyOf(all.subList(from, to)), to + 1L, to == size);
    } finally {
      lock.readLock().unlock();
    }
  }
}
