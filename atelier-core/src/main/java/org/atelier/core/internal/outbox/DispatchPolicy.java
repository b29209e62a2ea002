package org.atelier.core.internal.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the dispatcher tries: at most {@code maxAttempts} attempts per message, waiting
 * {@code initialBackoff × 2^(attempt-1)}, capped at {@code maxBackoff}, between them, as
 * measured on the injected clock.
 *
 * @param maxAttempts attempts before a payout is stuck or a notification failed, {@code >= 1}
 * @param initialBackoff the wait after the first failure, positive
 * @param maxBackoff the longest wait, {@code >= initialBackoff}
 */
public record DispatchPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  /** Five attempts, waiting 10 s, 20 s, 40 s, 80 s: about two and a half minutes in all. */
  public static final DispatchPolicy DEFAULT = new DispatchPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10));

  /**
   * Checks the parts.
   *
   * @param maxAttempts the attempts
   * @param initialBackoff the first wait
   * @param maxBackoff the longest wait
   * @throws IllegalArgumentException if a value is out of range
   */
  public DispatchPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initial backoff must be positive, got " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("max backoff " + maxBackoff + " is below the initial backoff " + initialBackoff);
    }
  }

  /**
   * The wait after a failed attempt.
   *
   * @param attempt the attempt that failed, from 1
   * @return {@code min(maxBackoff, initialBackoff × 2^(attempt-1))}
   */
  public Duration backoffAfter(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
