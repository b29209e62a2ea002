package org.atelier.core.payment;

import org.atelier.core.AtelierException;

/**
 * The weights a policy splits an amount by, in the order platform, mentor, intern, over
 * their sum (percents for the built-in policies).
 *
 * @param platform the platform's weight
 * @param mentor the mentor's weight
 * @param intern the intern's weight
 * @since 0.1
 */
public record SplitWeights(long platform, long mentor, long intern) {
  /**
   * Checks the weights.
   *
   * @param platform the platform's weight
   * @param mentor the mentor's weight
   * @param intern the intern's weight
   * @throws AtelierException {@code VALIDATION} if a weight is negative or all are zero
   */
  public SplitWeights {
    if (platform < 0 || mentor < 0 || intern < 0 || (platform == 0 && mentor == 0 && intern == 0)) {
      throw AtelierException.validation("split weights " + platform + "/" + mentor + "/" + intern
          + " are invalid; expected non-negative weights with a positive sum");
    }
  }

  /**
   * The weights as an array for {@link Allocation}.
   *
   * @return {@code [platform, mentor, intern]}
   */
  public long[] toArray() {
    return new long[] {platform, mentor, intern};
  }
}
