package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
public abstract class EventStoreContract {
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

  @ParameterizedTest(name = "{1} against a stream {0}: accepted = {2}")
  @MethodSource("org.atelier.spi.testing.StreamState#expectationsAgainstStates")
  void append_honoursEveryExpectedVersionAgainstEveryStreamState(
      StreamState state, ExpectedVersion expected, boolean accepted) {
    String stream = prepare("s", state);
    List<StoredEvent> before = store.readStream(stream);
    List<EventData> batch = List.of(event("new-1"), event("new-2"));

    if (accepted) {
      AppendResult result = store.append(stream, expected, batch);
      long base = Math.max(state.version, 0);
      assertThat(result.streamVersion()).isEqualTo(base + 2);
      assertThat(result.alreadyStored()).isFalse();
      List<StoredEvent> after = store.readStream(stream);
      assertThat(after).hasSize((int) base + 2);
      assertThat(after.subList(0, (int) base)).isEqualTo(before);
      assertThat(after.subList((int) base, after.size())).extracting(StoredEvent::version).containsExactly(base + 1, base + 2);
      assertThat(after.get(after.size() - 1).position()).isEqualTo(result.lastPosition());
      assertThat(store.streamVersion(stream)).isEqualTo(base + 2);
    } else {
      ConcurrencyConflictException conflict = catchThrowableOfType(ConcurrencyConflictException.class,
          () -> store.append(stream, expected, batch));
      assertThat(conflict).as("append with %s to a stream %s", expected, state).isNotNull();
      assertThat(conflict.streamId()).isEqualTo(stream);
      assertThat(conflict.expected()).isEqualTo(expected);
      assertThat(conflict.actualVersion()).isEqualTo(state.version);
      assertThat(store.readStream(stream)).isEqualTo(before);
      assertThat(store.streamVersion(stream)).isEqualTo(state.version);
    }
  }

  @ParameterizedTest(name = "an empty batch with {1} against a stream {0}: accepted = {2}")
  @MethodSource("org.atelier.spi.testing.StreamState#expectationsAgainstStates")
  void emptyAppend_checksTheExpectationAndCreatesAnAbsentStream(
      StreamState state, ExpectedVersion expected, boolean accepted) {
    String stream = prepare("s", state);
    if (accepted) {
      AppendResult result = store.append(stream, expected, List.of());
      assertThat(result.streamVersion()).isEqualTo(Math.max(state.version, 0));
      assertThat(store.streamVersion(stream)).isEqualTo(Math.max(state.version, 0));
    } else {
      assertThatThrownBy(() -> store.append(stream, expected, List.of()))
          .isInstanceOfSatisfying(ConcurrencyConflictException.class,
              e -> assertThat(e.actualVersion()).isEqualTo(state.version));
      assertThat(store.streamVersion(stream)).isEqualTo(state.version);
    }
  }

  @ParameterizedTest(name = "exactly({1}) against a stream {0} is a conflict carrying the actual version")
  @MethodSource("org.atelier.spi.testing.StreamState#statesAndHugeVersions")
  void append_withVersionsBeyondInt_isAConflictCarryingTheExactActualVersion(StreamState state, long version) {
    String stream = prepare("s", state);
    ExpectedVersion expected = ExpectedVersion.exactly(version);

    ConcurrencyConflictException conflict = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> store.append(stream, expected, List.of(event("big"))));

    assertThat(conflict).as("exactly(%d) must not match a stream %s (is a long narrowed to an int?)", version, state)
        .isNotNull();
    assertThat(conflict.actualVersion()).isEqualTo(state.version);
    assertThat(conflict.expected()).isEqualTo(expected);
    assertThat(store.streamVersion(stream)).isEqualTo(state.version);
  }

  @Test
  void readAll_beyondIntPositions_isEmptyAndDoesNotWrapAround() {
    prepare("s", StreamState.THREE_EVENTS);

    EventPage wrapped = store.readAll((1L << 32) + 1, 10);
    EventPage last = store.readAll(Long.MAX_VALUE, 1);
    EventPage everything = store.readAll(1, Integer.MAX_VALUE);

    assertThat(wrapped.events()).as("readAll(2^32 + 1) must not return position 1").isEmpty();
    assertThat(wrapped.endReached()).isTrue();
    assertThat(last.events()).isEmpty();
    assertThat(last.endReached()).isTrue();
    assertThat(everything.events()).hasSize(3);
    assertThat(everything.endReached()).isTrue();
  }

  @Test
  void readStream_returnsTheEventsInVersionOrderExactlyAsAppended() {
    List<EventData> batch = List.of(event("a"), event("b"), event("c"));
    store.append(id("s"), ExpectedVersion.noStream(), batch);

    List<StoredEvent> read = store.readStream(id("s"));

    assertThat(read).extracting(StoredEvent::data).containsExactlyElementsOf(batch);
    assertThat(read).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(read).extracting(StoredEvent::streamId).containsOnly(id("s"));
    assertThat(read.get(0).data().payload()).isEqualTo(batch.get(0).payload());
    assertThat(read.get(0).data().metadata()).isEqualTo(batch.get(0).metadata());
    assertThat(store.readStream(id("absent"))).isEmpty();
    assertThat(store.streamVersion(id("absent"))).isEqualTo(-1);
  }

  @Test
  void append_ofStoredIdsAsAContiguousRun_isIdempotentWhateverTheExpectation() {
    List<EventData> batch = List.of(event("a"), event("b"), event("c"));
    AppendResult first = store.append(id("s"), ExpectedVersion.noStream(), batch);

    for (ExpectedVersion expected : List.of(ExpectedVersion.noStream(), ExpectedVersion.exactly(0),
        ExpectedVersion.exactly(3), ExpectedVersion.any(), ExpectedVersion.exactly(3_000_000_000L))) {
      AppendResult again = store.append(id("s"), expected, batch);
      assertThat(again.alreadyStored()).as("re-append with %s", expected).isTrue();
      assertThat(again.streamVersion()).isEqualTo(3);
      assertThat(again.lastPosition()).isEqualTo(first.lastPosition());
    }
    AppendResult tail = store.append(id("s"), ExpectedVersion.exactly(1), List.of(event("b"), event("c")));
    assertThat(tail.alreadyStored()).isTrue();

    assertThat(store.readStream(id("s"))).extracting(e -> e.data().eventId())
        .containsExactly(eventId("a"), eventId("b"), eventId("c"));
    assertThat(readEverything()).hasSize(3);
  }

  @Test
  void append_overlappingStoredIdsOtherThanAsARetry_isRefusedAndWritesNothing() {
    store.append(id("s"), ExpectedVersion.noStream(), List.of(event("a"), event("b")));
    store.append(id("t"), ExpectedVersion.noStream(), List.of(event("x")));

    assertThatThrownBy(() -> store.append(id("s"), ExpectedVersion.exactly(2), List.of(event("b"), event("c"))))
        .as("a batch of one stored and one new id").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(id("s"), ExpectedVersion.exactly(2), List.of(event("b"), event("a"))))
        .as("stored ids out of order").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(id("s"), ExpectedVersion.exactly(2), List.of(event("c"), event("c"))))
        .as("one id twice in a batch").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(id("s"), ExpectedVersion.exactly(2), List.of(event("x"))))
        .as("an id stored in another stream").isInstanceOf(IllegalArgumentException.class);

    assertThat(store.streamVersion(id("s"))).isEqualTo(2);
    assertThat(store.streamVersion(id("t"))).isEqualTo(1);
    assertThat(readEverything()).hasSize(3);
  }

  @Test
  void append_refusesBlankStreamIds_andReadAllRefusesBadArguments() {
    assertThatThrownBy(() -> store.append(" ", ExpectedVersion.any(), List.of(event("a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.readAll(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.readAll(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readAll_seesEveryEventOnceInCommitOrder_acrossPages() {
    List<String> committed = new ArrayList<>();
    String[] streams = {id("p"), id("q"), id("r")};
    for (int i = 0; i < 10; i++) {
      String stream = streams[i % 3];
      String eventId = "e" + i;
      store.append(stream, ExpectedVersion.any(), List.of(event(eventId)));
      committed.add(eventId(eventId));
    }

    List<StoredEvent> seen = new ArrayList<>();
    long from = 1;
    int pages = 0;
    while (true) {
      EventPage page = store.readAll(from, 3);
      assertThat(page.events()).hasSizeLessThanOrEqualTo(3);
      seen.addAll(page.events());
      pages++;
      if (!page.events().isEmpty()) {
        assertThat(page.nextPosition()).isGreaterThan(page.events().get(page.events().size() - 1).position());
      }
      from = page.nextPosition();
      if (page.endReached()) {
        break;
      }
      assertThat(pages).as("paging must end").isLessThan(20);
    }

    assertThat(seen).extracting(e -> e.data().eventId()).containsExactlyElementsOf(committed);
    assertThat(seen).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(pages).isGreaterThanOrEqualTo(4);
    assertThat(store.readAll(from, 3).events()).isEmpty();

    store.append(id("p"), ExpectedVersion.any(), List.of(event("late")));
    EventPage late = store.readAll(from, 3);
    assertThat(late.events()).extracting(e -> e.data().eventId()).containsExactly(eventId("late"));
    assertThat(late.events().get(0).position()).isGreaterThan(seen.get(seen.size() - 1).position());
  }

  @Test
  void race_ofEightThreadsFromOneVersion_hasExactlyOneWinner_andRetriesLoseNothing() throws Exception {
    int threads = 8;
    String stream = prepare("race", StreamState.THREE_EVENTS);
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String eventId = "t" + t;
      racers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        boolean wonFirstRound;
        try {
          store.append(stream, ExpectedVersion.exactly(3), List.of(event(eventId)));
          wonFirstRound = true;
        } catch (ConcurrencyConflictException lost) {
          assertThat(lost.actualVersion()).isGreaterThan(3);
          wonFirstRound = false;
        }
        if (!wonFirstRound) {
          appendWithRetry(stream, event(eventId));
        }
        return wonFirstRound;
      });
    }

    List<Boolean> firstRound = Concurrently.run(racers);

    assertThat(firstRound).filteredOn(won -> won).hasSize(1);
    List<StoredEvent> after = store.readStream(stream);
    assertThat(after).extracting(StoredEvent::version)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 3 + threads).boxed().toList());
    assertThat(after.subList(3, after.size())).extracting(e -> e.data().eventId())
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, threads).mapToObj(t -> eventId("t" + t)).toList());
    assertThat(readEverything()).hasSize(3 + threads);
  }

  @Test
  void race_ofEightThreadsCreatingOneStream_hasExactlyOneWinner() throws Exception {
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String eventId = "c" + t;
      racers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        try {
          store.append(id("created"), ExpectedVersion.noStream(), List.of(event(eventId)));
          return true;
        } catch (ConcurrencyConflictException lost) {
          assertThat(lost.actualVersion()).isEqualTo(1);
          return false;
        }
      });
    }

    assertThat(Concurrently.run(racers)).filteredOn(won -> won).hasSize(1);
    assertThat(store.streamVersion(id("created"))).isEqualTo(1);
  }

  @Test
  void concurrentWriters_onTwoStreams_loseAndDuplicateNothing() throws Exception {
    int threads = 8;
    int perThread = 20;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      writers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < perThread; i++) {
          appendWithRetry(id("shared-" + (i % 2)), event("w" + thread + "-" + i));
        }
        return true;
      });
    }

    Concurrently.run(writers);

    List<StoredEvent> all = readEverything();
    assertThat(all).hasSize(threads * perThread);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all).extracting(e -> e.data().eventId()).doesNotHaveDuplicates();
    for (String stream : List.of(id("shared-0"), id("shared-1"))) {
      assertThat(store.readStream(stream)).extracting(StoredEvent::version)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread / 2).boxed().toList());
    }
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

  private String prepare(String name, StreamState state) {
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
