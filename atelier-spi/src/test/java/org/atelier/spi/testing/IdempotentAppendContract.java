package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.ExpectedVersion;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventStoreContract} cases on re-appending stored event ids: a retry of a
 * contiguous run is idempotent whatever the expectation, and every other overlap is refused
 * and writes nothing.
 *
 * <p>Package-private and mixed into {@link EventStoreContract} only, so {@link #kit()} may
 * cast: JUnit runs these default methods on each subclass of the contract.
 */
interface IdempotentAppendContract {

  @Test
  default void append_ofStoredIdsAsAContiguousRun_isIdempotentWhateverTheExpectation() {
    EventStoreContract kit = kit();
    List<EventData> batch = List.of(kit.event("a"), kit.event("b"), kit.event("c"));
    AppendResult first = kit.store.append(kit.id("s"), ExpectedVersion.noStream(), batch);

    for (ExpectedVersion expected : List.of(ExpectedVersion.noStream(), ExpectedVersion.exactly(0),
        ExpectedVersion.exactly(3), ExpectedVersion.any(), ExpectedVersion.exactly(3_000_000_000L))) {
      AppendResult again = kit.store.append(kit.id("s"), expected, batch);
      assertThat(again.alreadyStored()).as("re-append with %s", expected).isTrue();
      assertThat(again.streamVersion()).isEqualTo(3);
      assertThat(again.lastPosition()).isEqualTo(first.lastPosition());
    }
    AppendResult tail = kit.store.append(kit.id("s"), ExpectedVersion.exactly(1), List.of(kit.event("b"), kit.event("c")));
    assertThat(tail.alreadyStored()).isTrue();

    assertThat(kit.store.readStream(kit.id("s"))).extracting(e -> e.data().eventId())
        .containsExactly(kit.eventId("a"), kit.eventId("b"), kit.eventId("c"));
    assertThat(kit.readEverything()).hasSize(3);
  }

  @Test
  default void append_overlappingStoredIdsOtherThanAsARetry_isRefusedAndWritesNothing() {
    EventStoreContract kit = kit();
    kit.store.append(kit.id("s"), ExpectedVersion.noStream(), List.of(kit.event("a"), kit.event("b")));
    kit.store.append(kit.id("t"), ExpectedVersion.noStream(), List.of(kit.event("x")));

    assertThatThrownBy(() -> kit.store.append(kit.id("s"), ExpectedVersion.exactly(2), List.of(kit.event("b"), kit.event("c"))))
        .as("a batch of one stored and one new id").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kit.store.append(kit.id("s"), ExpectedVersion.exactly(2), List.of(kit.event("b"), kit.event("a"))))
        .as("stored ids out of order").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kit.store.append(kit.id("s"), ExpectedVersion.exactly(2), List.of(kit.event("c"), kit.event("c"))))
        .as("one id twice in a batch").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kit.store.append(kit.id("s"), ExpectedVersion.exactly(2), List.of(kit.event("x"))))
        .as("an id stored in another stream").isInstanceOf(IllegalArgumentException.class);

    assertThat(kit.store.streamVersion(kit.id("s"))).isEqualTo(2);
    assertThat(kit.store.streamVersion(kit.id("t"))).isEqualTo(1);
    assertThat(kit.readEverything()).hasSize(3);
  }

  private EventStoreContract kit() {
    return (EventStoreContract) this;
  }
}
