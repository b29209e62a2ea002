package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract of {@link EventStore}. Extend it and implement {@link #newStore()}:
 *
 * <pre>{@code
 * class JdbcEventStoreTest extends EventStoreContract {
 *   protected EventStore newStore() { return new JdbcEventStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>It covers every expected version against every stream state (absent, empty, with
 * events), versions and positions beyond {@code int}, idempotent re-appends, the global
 * order and its paging, and races of real threads (8 threads). Each test asks
 * {@link #newStore()} for a fresh store with no events at all (for a database: a new
 * schema or truncated tables).
 *
 * <h2>Versions above 2<sup>31</sup></h2>
 *
 * A store cannot be filled with three billion events in a unit test, and a factory hook
 * that starts a store at such a version would test the hook, not the store. The kit
 * instead aims at what breaks when a store narrows a {@code long} to an {@code int}
 * anywhere on the path: it appends with {@code exactly(2^32 + n)} to a stream at version
 * {@code n} (a truncating store would see {@code n} and accept it), with
 * {@code exactly(3_000_000_000L)}, {@code exactly(2^31)} and {@code exactly(Long.MAX_VALUE)},
 * and checks each is refused with the exact actual version carried by the conflict; it
 * reads the global order from {@code 2^32 + 1} (a truncating store would return position 1)
 * and from {@code Long.MAX_VALUE}, and pages with {@code maxCount = Integer.MAX_VALUE} (a
 * store that pre-sizes a buffer would run out of memory).
 *
 * @since 0.1
 */
public abstract class EventStoreContract
    implements AppendContract, IdempotentAppendContract, ReadContract, RaceContract {
  // The cases live in package-private interfaces by concern (AppendContract,
  // IdempotentAppendContract, ReadContract, RaceContract) as JUnit default test methods;
  // they reach the store and the helpers below through this class, so the helpers a
  // subclass may override (id, eventId, event) stay here, protected, and dispatch as before.
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  /** The store under test, fresh for each test. */
  protected EventStore store;

  /** Creates the contract; subclasses supply {@link #newStore()}. */
  protected EventStoreContract() {}

  /**
   * A fresh store with no events.
   *
   * @return the store under test
   */
  protected abstract EventStore newStore();

  /** Creates the store under test. */
  @BeforeEach
  void createStore() {
    store = newStore();
  }

  /**
   * Appends one event at the stream's current version, re-reading and retrying after
   * every conflict, as a command would.
   *
   * @param stream the stream
   * @param event the event
   */
  protected void appendWithRetry(String stream, EventData event) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      long version = store.streamVersion(stream);
      ExpectedVersion expected = version < 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(version);
      try {
        store.append(stream, expected, List.of(event));
        return;
      } catch (ConcurrencyConflictException conflict) {
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("append to " + stream + " never got through after 10000 conflicts");
  }

  /**
   * Every event in the store, read page by page.
   *
   * @return the events in global order
   */
  protected List<StoredEvent> readEverything() {
    List<StoredEvent> all = new ArrayList<>();
    long from = 1;
    while (true) {
      EventPage page = store.readAll(from, 100);
      all.addAll(page.events());
      from = page.nextPosition();
      if (page.endReached()) {
        return all;
      }
    }
  }

  /**
   * Creates a stream in a state, asserting its version, for the cases in this package.
   *
   * @param name a short name, which gives the stream id
   * @param state the state to create it in
   * @return the stream id
   */
  String prepare(String name, StreamState state) {
    String stream = id(name);
    if (state == StreamState.EMPTY) {
      store.append(stream, ExpectedVersion.noStream(), List.of());
    } else if (state == StreamState.THREE_EVENTS) {
      store.append(stream, ExpectedVersion.noStream(), List.of(event(name + "-1"), event(name + "-2")));
      store.append(stream, ExpectedVersion.exactly(2), List.of(event(name + "-3")));
    }
    assertThat(store.streamVersion(stream)).isEqualTo(state.version);
    return stream;
  }

  /**
   * A stream id unique to this contract class, so that a shared store does not mix tests.
   *
   * @param name a short name
   * @return the stream id
   */
  protected String id(String name) {
    return "contract-" + name;
  }

  /**
   * The event id the kit uses for a short name.
   *
   * @param name the name
   * @return the event id
   */
  protected String eventId(String name) {
    return "evt-" + name;
  }

  /**
   * An event with a small JSON payload and fixed metadata.
   *
   * @param name a short name, which gives the event id
   * @return the event
   */
  protected EventData event(String name) {
    byte[] payload = ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    return new EventData(eventId(name), "ContractEvent", 1, payload,
        new EventMetadata("contract", "cause-" + name, "flow", AT));
  }
}
