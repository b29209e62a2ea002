package org.atelier.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.EventStoreException;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;

class CommandRunnerTest {
  private static final CommandContext CTX = new CommandContext("alice", "flow-1", Instant.parse("2026-03-02T09:00:00Z"));

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final CommandRunner runner = new CommandRunner(store);

  @Test
  void execute_appendsTheDecidedEventsAndReturnsTheNewState() {
    CommandResult<Counter.State, Counter.Event> first = runner.execute(Counter.TYPE, "c1", CTX, Counter.increment(3));
    CommandResult<Counter.State, Counter.Event> second = runner.execute(Counter.TYPE, "c1", CTX, Counter.increment(4));

    assertThat(first.state().value()).isEqualTo(3);
    assertThat(first.version()).isEqualTo(1);
    assertThat(second.state().value()).isEqualTo(7);
    assertThat(second.events()).containsExactly(new Counter.Incremented(4));
    assertThat(second.version()).isEqualTo(2);
    Loaded<Counter.State> loaded = runner.load(Counter.TYPE, "c1");
    assertThat(loaded).isEqualTo(new Loaded<>(new Counter.State("c1", 7), 2, true));
    StoredEvent stored = store.readStream("counter-c1").get(0);
    assertThat(stored.data().type()).isEqualTo("Incremented");
    assertThat(stored.data().schemaVersion()).isEqualTo(2);
    assertThat(new String(stored.data().payload(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"by\":3}");
    assertThat(stored.data().metadata().actor()).isEqualTo("alice");
    assertThat(stored.data().metadata().correlationId()).isEqualTo("flow-1");
    assertThat(stored.data().metadata().timestamp()).isEqualTo(CTX.now());
  }

  @Test
  void load_ofAnAbsentAggregate_isItsInitialStateAtVersionMinusOne() {
    assertThat(runner.load(Counter.TYPE, "nobody")).isEqualTo(new Loaded<>(new Counter.State("nobody", 0), -1, false));
  }

  @Test
  void execute_refusal_propagatesAndLeavesTheStoreUntouched() {
    runner.execute(Counter.TYPE, "c1", CTX, Counter.increment(5));

    assertThatThrownBy(() -> runner.execute(Counter.TYPE, "c1", CTX, Counter.refuseAbove(5)))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION))
        .hasMessageContaining("accepted below 5");
    assertThat(store.streamVersion("counter-c1")).isEqualTo(1);
    assertThat(store.readAll(1, 10).events()).hasSize(1);
  }

  @Test
  void execute_withNoEvents_appendsNothing() {
    CommandResult<Counter.State, Counter.Event> result = runner.execute(Counter.TYPE, "c1", CTX, state -> List.of());

    assertThat(result.events()).isEmpty();
    assertThat(result.version()).isEqualTo(-1);
    assertThat(store.streamVersion("counter-c1")).isEqualTo(-1);
  }

  @Test
  void concurrentCommands_onOneAggregate_conflictAndAreResolvedByRetryWithNoLostUpdate() throws Exception {
    // Both commands load version 0 and decide before either appends, so one must lose the race.
    runner.execute(Counter.TYPE, "c1", CTX, Counter.increment(1));
    CyclicBarrier bothDecided = new CyclicBarrier(2);
    AtomicInteger decisions = new AtomicInteger();
    Decision<Counter.State, Counter.Event> racing = state -> {
      if (decisions.incrementAndGet() <= 2) {
        await(bothDecided);
      }
      return List.of(new Counter.Incremented(10));
    };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<CommandResult<Counter.State, Counter.Event>> a = threads.submit(() -> runner.execute(Counter.TYPE, "c1", CTX, racing));
      Future<CommandResult<Counter.State, Counter.Event>> b = threads.submit(() -> runner.execute(Counter.TYPE, "c1", CTX, racing));
      List<Long> values = List.of(a.get(10, TimeUnit.SECONDS).state().value(), b.get(10, TimeUnit.SECONDS).state().value());
      assertThat(values).containsExactlyInAnyOrder(11L, 21L);
    } finally {
      threads.shutdownNow();
    }
    assertThat(decisions).hasValue(3);
    assertThat(runner.load(Counter.TYPE, "c1").state().value()).isEqualTo(21);
    assertThat(store.streamVersion("counter-c1")).isEqualTo(3);
  }

  @Test
  void manyConcurrentIncrements_loseNoUpdate() throws Exception {
    CommandRunner patient = new CommandRunner(store, 100, () -> { });
    int threads = 4;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String actor = "t" + t;
        futures.add(pool.submit(() -> {
          await(start);
          for (int i = 0; i < perThread; i++) {
            patient.execute(Counter.TYPE, "c1", new CommandContext(actor, actor + "-" + i, CTX.now()), Counter.increment(1));
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(patient.load(Counter.TYPE, "c1").state().value()).isEqualTo(threads * perThread);
    assertThat(store.readStream("counter-c1")).extracting(StoredEvent::version)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * perThread).boxed().toList());
  }

  @Test
  void execute_whenConflictsOutlastTheRetries_failsWithConcurrentModificationAndWritesNothing() {
    AtomicInteger appends = new AtomicInteger();
    EventStore alwaysBehind = new DelegatingStore(store) {
      @Override
      public AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events) {
        appends.incrementAndGet();
        throw new ConcurrencyConflictException(streamId, expected, 99);
      }
    };
    CommandRunner twoRetries = new CommandRunner(alwaysBehind, 2, () -> { });

    assertThatThrownBy(() -> twoRetries.execute(Counter.TYPE, "c1", CTX, Counter.increment(1)))
        .isInstanceOfSatisfying(AtelierException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION))
        .hasMessageContaining("3 attempts");
    assertThat(appends).hasValue(3);
    assertThat(store.streamVersion("counter-c1")).isEqualTo(-1);
  }

  @Test
  void execute_whenTheStoreFails_isStorageFailed() {
    AtomicInteger calls = new AtomicInteger();
    EventStore flaky = new DelegatingStore(store) {
      @Override
      public AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events) {
        AppendResult result = super.append(streamId, expected, events);
        if (calls.incrementAndGet() == 1) {
          throw new EventStoreException("connection reset after commit", null);
        }
        return result;
      }
    };
    CommandRunner flakyRunner = new CommandRunner(flaky);

    assertThatThrownBy(() -> flakyRunner.execute(Counter.TYPE, "c1", CTX, Counter.increment(2)))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContaining("connection reset");
    // The write went through although the store said it failed: the host must reload to know.
    assertThat(flakyRunner.load(Counter.TYPE, "c1").state().value()).isEqualTo(2);
  }

  @Test
  void execute_whenTheStoreSaysTheBatchWasAlreadyStored_decidesAgainInsteadOfLosingTheCommand() {
    AtomicInteger appends = new AtomicInteger();
    AtomicInteger decisions = new AtomicInteger();
    EventStore aliasing = new DelegatingStore(store) {
      @Override
      public AppendResult append(String streamId, ExpectedVersion expected, List<EventData> events) {
        if (appends.incrementAndGet() == 1) {
          return new AppendResult(0, 0, true);
        }
        return super.append(streamId, expected, events);
      }
    };
    CommandRunner aliasingRunner = new CommandRunner(aliasing);

    CommandResult<Counter.State, Counter.Event> result = aliasingRunner.execute(Counter.TYPE, "c1", CTX, state -> {
      decisions.incrementAndGet();
      return List.of(new Counter.Incremented(1));
    });

    assertThat(decisions).hasValue(2);
    assertThat(result.state().value()).isEqualTo(1);
    assertThat(store.readStream("counter-c1")).hasSize(1);
  }

  @Test
  void execute_appendsOutboxMessagesInTheSameBatchAndFoldingSkipsThem() {
    AtomicInteger hook = new AtomicInteger();
    CommandRunner hooked = new CommandRunner(store, 5, hook::incrementAndGet);
    CommandResult<Counter.State, Counter.Event> result =
        hooked.execute(Counter.TYPE, "c1", CTX, state -> List.of(new Counter.Incremented(1), new Counter.BonusPaid("bob", 500)));

    assertThat(result.outbox()).hasSize(2);
    assertThat(result.version()).isEqualTo(4);
    assertThat(store.readStream("counter-c1")).extracting(e -> e.data().type())
        .containsExactly("Incremented", "BonusPaid", OutboxEvents.PAYOUT_REQUESTED, OutboxEvents.NOTIFICATION_REQUESTED);
    assertThat(OutboxEvents.decode(store.readStream("counter-c1").get(2))).contains(result.outbox().get(0));
    assertThat(hooked.load(Counter.TYPE, "c1")).isEqualTo(new Loaded<>(new Counter.State("c1", 1), 4, true));
    assertThat(hook).hasValue(1);
  }

  @Test
  void sameCommandsOnFreshStores_giveByteIdenticalStreams() {
    InMemoryEventStore other = new InMemoryEventStore();
    for (EventStore each : List.of(store, other)) {
      CommandRunner r = new CommandRunner(each);
      r.execute(Counter.TYPE, "c1", CTX, Counter.increment(1));
      r.execute(Counter.TYPE, "c1", CTX, state -> List.of(new Counter.BonusPaid("bob", 5)));
    }
    List<StoredEvent> a = store.readStream("counter-c1");
    List<StoredEvent> b = other.readStream("counter-c1");
    assertThat(a).isEqualTo(b);
    assertThat(a).extracting(e -> e.data().eventId()).doesNotHaveDuplicates();
  }

  @Test
  void load_upcastsOldSchemaVersions() {
    byte[] v1 = "{\"amount\":6}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    store.append("counter-old", ExpectedVersion.noStream(), List.of(new EventData("e1", "Incremented", 1, v1,
        new org.atelier.spi.store.EventMetadata("a", "c", "r", CTX.now()))));

    assertThat(runner.load(Counter.TYPE, "old").state().value()).isEqualTo(6);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A store that forwards to another, for overriding one method. */
  static class DelegatingStore extends ForwardingEventStore {
    DelegatingStore(EventStore delegate) {
      super(delegate);
    }
  }
}
