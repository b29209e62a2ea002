package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link EventStoreContract} cases on appending: every expected version against every
 * stream state, for batches of two events and for empty batches, versions beyond
 * {@code int}, and the refusal of bad arguments.
 *
 * <p>Package-private and mixed into {@link EventStoreContract} only, so {@link #kit()} may
 * cast: JUnit runs these default methods on each subclass of the contract.
 */
interface AppendContract {

  @ParameterizedTest(name = "{1} against a stream {0}: accepted = {2}")
  @MethodSource("org.atelier.spi.testing.StreamState#expectationsAgainstStates")
  default void append_honoursEveryExpectedVersionAgainstEveryStreamState(
      StreamState state, ExpectedVersion expected, boolean accepted) {
    EventStoreContract kit = kit();
    String stream = kit.prepare("s", state);
    List<StoredEvent> before = kit.store.readStream(stream);
    List<EventData> batch = List.of(kit.event("new-1"), kit.event("new-2"));

    if (accepted) {
      AppendResult result = kit.store.append(stream, expected, batch);
      long base = Math.max(state.version, 0);
      assertThat(result.streamVersion()).isEqualTo(base + 2);
      assertThat(result.alreadyStored()).isFalse();
      List<StoredEvent> after = kit.store.readStream(stream);
      assertThat(after).hasSize((int) base + 2);
      assertThat(after.subList(0, (int) base)).isEqualTo(before);
      assertThat(after.subList((int) base, after.size())).extracting(StoredEvent::version).containsExactly(base + 1, base + 2);
      assertThat(after.get(after.size() - 1).position()).isEqualTo(result.lastPosition());
      assertThat(kit.store.streamVersion(stream)).isEqualTo(base + 2);
    } else {
      ConcurrencyConflictException conflict = catchThrowableOfType(ConcurrencyConflictException.class,
          () -> kit.store.append(stream, expected, batch));
      assertThat(conflict).as("append with %s to a stream %s", expected, state).isNotNull();
      assertThat(conflict.streamId()).isEqualTo(stream);
      assertThat(conflict.expected()).isEqualTo(expected);
      assertThat(conflict.actualVersion()).isEqualTo(state.version);
      assertThat(kit.store.readStream(stream)).isEqualTo(before);
      assertThat(kit.store.streamVersion(stream)).isEqualTo(state.version);
    }
  }

  @ParameterizedTest(name = "an empty batch with {1} against a stream {0}: accepted = {2}")
  @MethodSource("org.atelier.spi.testing.StreamState#expectationsAgainstStates")
  default void emptyAppend_checksTheExpectationAndCreatesAnAbsentStream(
      StreamState state, ExpectedVersion expected, boolean accepted) {
    EventStoreContract kit = kit();
    String stream = kit.prepare("s", state);
    if (accepted) {
      AppendResult result = kit.store.append(stream, expected, List.of());
      assertThat(result.streamVersion()).isEqualTo(Math.max(state.version, 0));
      assertThat(kit.store.streamVersion(stream)).isEqualTo(Math.max(state.version, 0));
    } else {
      assertThatThrownBy(() -> kit.store.append(stream, expected, List.of()))
          .isInstanceOfSatisfying(ConcurrencyConflictException.class,
              e -> assertThat(e.actualVersion()).isEqualTo(state.version));
      assertThat(kit.store.streamVersion(stream)).isEqualTo(state.version);
    }
  }

  @ParameterizedTest(name = "exactly({1}) against a stream {0} is a conflict carrying the actual version")
  @MethodSource("org.atelier.spi.testing.StreamState#statesAndHugeVersions")
  default void append_withVersionsBeyondInt_isAConflictCarryingTheExactActualVersion(StreamState state, long version) {
    EventStoreContract kit = kit();
    String stream = kit.prepare("s", state);
    ExpectedVersion expected = ExpectedVersion.exactly(version);

    ConcurrencyConflictException conflict = catchThrowableOfType(ConcurrencyConflictException.class,
        () -> kit.store.append(stream, expected, List.of(kit.event("big"))));

    assertThat(conflict).as("exactly(%d) must not match a stream %s (is a long narrowed to an int?)", version, state)
        .isNotNull();
    assertThat(conflict.actualVersion()).isEqualTo(state.version);
    assertThat(conflict.expected()).isEqualTo(expected);
    assertThat(kit.store.streamVersion(stream)).isEqualTo(state.version);
  }

  @Test
  default void append_refusesBlankStreamIds_andReadAllRefusesBadArguments() {
    EventStoreContract kit = kit();
    assertThatThrownBy(() -> kit.store.append(" ", ExpectedVersion.any(), List.of(kit.event("a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kit.store.readAll(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kit.store.readAll(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private EventStoreContract kit() {
    return (EventStoreContract) this;
  }
}
