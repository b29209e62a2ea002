package org.atelier.examples.scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The scenario's clock: it stands still until the runner moves it, and only ever forward.
 * Everything the engine stamps reads this clock, so a run never sees the wall clock.
 *
 * <p>Not thread-safe: one scenario runs on one thread.
 */
final class ScenarioClock extends Clock {

  private Instant now;

  ScenarioClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock.
   *
   * @param instant the new time, not before the current one
   * @throws IllegalArgumentException if {@code instant} is before the current time
   */
  void set(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException("the scenario clock only moves forward: " + now + " to " + instant);
    }
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
