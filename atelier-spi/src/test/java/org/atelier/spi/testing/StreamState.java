package org.atelier.spi.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.atelier.spi.store.ExpectedVersion;
import org.junit.jupiter.params.provider.Arguments;

/** The states a stream can be in before an append, and the kit's cases over them. */
enum StreamState {
  /** Never written. */
  ABSENT(-1),
  /** Created by an empty append, version 0. */
  EMPTY(0),
  /** Holding three events. */
  THREE_EVENTS(3);

  /** The stream's version in this state, {@code -1} when absent. */
  final long version;

  StreamState(long version) {
    this.version = version;
  }

  /** Every expectation against every state, with whether the append must be accepted. */
  static Stream<Arguments> expectationsAgainstStates() {
    List<Arguments> cases = new ArrayList<>();
    for (StreamState state : values()) {
      for (ExpectedVersion expected : List.of(ExpectedVersion.noStream(), ExpectedVersion.any(),
          ExpectedVersion.exactly(0), ExpectedVersion.exactly(1), ExpectedVersion.exactly(3), ExpectedVersion.exactly(4))) {
        boolean accepted = expected instanceof ExpectedVersion.Any
            || (expected instanceof ExpectedVersion.NoStream && state == ABSENT)
            || (expected instanceof ExpectedVersion.Exactly exactly && state != ABSENT && exactly.version() == state.version);
        cases.add(Arguments.of(state, expected, accepted));
      }
    }
    return cases.stream();
  }

  /** Every state with versions that only an {@code int}-narrowing store would confuse. */
  static Stream<Arguments> statesAndHugeVersions() {
    List<Arguments> cases = new ArrayList<>();
    for (StreamState state : values()) {
      long n = Math.max(state.version, 0);
      for (long version : new long[] {1L << 31, 3_000_000_000L, (1L << 32) + n, Long.MAX_VALUE}) {
        cases.add(Arguments.of(state, version));
      }
    }
    return cases.stream();
  }
}
