package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventStoreContract} cases that race real threads (8 each): from one version
 * (exactly one winner, each loser re-reads and retries until it gets through, no event lost
 * or duplicated), to create one stream, and 8 writers on two streams.
 *
 * <p>Package-private and mixed into {@link EventStoreContract} only, so {@link #kit()} may
 * cast: JUnit runs these default methods on each subclass of the contract.
 */
interface RaceContract {

  @Test
  default void race_ofEightThreadsFromOneVersion_hasExactlyOneWinner_andRetriesLoseNothing() throws Exception {
    EventStoreContract kit = kit();
    int threads = 8;
    String stream = kit.prepare("race", StreamState.THREE_EVENTS);
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String eventId = "t" + t;
      racers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        boolean wonFirstRound;
        try {
          kit.store.append(stream, ExpectedVersion.exactly(3), List.of(kit.event(eventId)));
          wonFirstRound = true;
        } catch (ConcurrencyConflictException lost) {
          assertThat(lost.actualVersion()).isGreaterThan(3);
          wonFirstRound = false;
        }
        if (!wonFirstRound) {
          kit.appendWithRetry(stream, kit.event(eventId));
        }
        return wonFirstRound;
      });
    }

    List<Boolean> firstRound = Concurrently.run(racers);

    assertThat(firstRound).filteredOn(won -> won).hasSize(1);
    List<StoredEvent> after = kit.store.readStream(stream);
    assertThat(after).extracting(StoredEvent::version)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 3 + threads).boxed().toList());
    assertThat(after.subList(3, after.size())).extracting(e -> e.data().eventId())
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, threads).mapToObj(t -> kit.eventId("t" + t)).toList());
    assertThat(kit.readEverything()).hasSize(3 + threads);
  }

  @Test
  default void race_ofEightThreadsCreatingOneStream_hasExactlyOneWinner() throws Exception {
    EventStoreContract kit = kit();
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> racers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String eventId = "c" + t;
      racers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        try {
          kit.store.append(kit.id("created"), ExpectedVersion.noStream(), List.of(kit.event(eventId)));
          return true;
        } catch (ConcurrencyConflictException lost) {
          assertThat(lost.actualVersion()).isEqualTo(1);
          return false;
        }
      });
    }

    assertThat(Concurrently.run(racers)).filteredOn(won -> won).hasSize(1);
    assertThat(kit.store.streamVersion(kit.id("created"))).isEqualTo(1);
  }

  @Test
  default void concurrentWriters_onTwoStreams_loseAndDuplicateNothing() throws Exception {
    EventStoreContract kit = kit();
    int threads = 8;
    int perThread = 20;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<Boolean>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      writers.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < perThread; i++) {
          kit.appendWithRetry(kit.id("shared-" + (i % 2)), kit.event("w" + thread + "-" + i));
        }
        return true;
      });
    }

    Concurrently.run(writers);

    List<StoredEvent> all = kit.readEverything();
    assertThat(all).hasSize(threads * perThread);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(all).extracting(e -> e.data().eventId()).doesNotHaveDuplicates();
    for (String stream : List.of(kit.id("shared-0"), kit.id("shared-1"))) {
      assertThat(kit.store.readStream(stream)).extracting(StoredEvent::version)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread / 2).boxed().toList());
    }
  }

  private EventStoreContract kit() {
    return (EventStoreContract) this;
  }
}
