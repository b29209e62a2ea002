package org.atelier.core.payment;

import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;

/**
 * The scenario contract's policy: the platform takes {@code platformFeePercent}, the
 * mentor {@code mentorSharePercent}, and the intern the rest, allocated by largest
 * remainder over {@code [fee, mentor, 100 − fee − mentor]}.
 *
 * <p>Example: 300.00 USD with a 10 % fee and a 20 % mentor share gives the platform
 * 30.00, the mentor 60.00 and the intern 210.00. The context is ignored.
 *
 * @param platformFeePercent the platform's fee, 0 to 100
 * @param mentorSharePercent the mentor's share, 0 to 100, with the fee at most 100
 * @since 0.1
 */
public record FixedSplit(int platformFeePercent, int mentorSharePercent) implements SplitPolicy {
  /**
   * Checks the percentages.
   *
   * @param platformFeePercent the fee
   * @param mentorSharePercent the mentor's share
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if a percentage is outside 0..100 or they sum past 100
   */
  public FixedSplit {
    Exact.requirePercent("platform fee percent", platformFeePercent);
    Exact.requirePercent("mentor share percent", mentorSharePercent);
    if (platformFeePercent + mentorSharePercent > 100) {
      throw org.atelier.core.AtelierException.validation("platform fee " + platformFeePercent + "% and mentor share "
          + mentorSharePercent + "% sum to " + (platformFeePercent + mentorSharePercent)
          + "%; expected at most 100% so the intern's rest is not negative");
    }
  }

  /**
   * Splits by {@code [fee, mentor, 100 − fee − mentor]}.
   *
   * @param amount the amount, not negative
   * @param context ignored
   * @return the explanation
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if the amount is negative
   */
  @Override
  public SplitExplanation explain(Money amount, SplitContext context) {
    Exact.requireNotNegative(amount);
    return SplitExplanation.allocate(describe(), amount, new SplitWeights(platformFeePercent, mentorSharePercent,
        100 - platformFeePercent - mentorSharePercent));
  }

  /**
   * Describes the policy.
   *
   * @return such as {@code "fixed(fee 10%, mentor 20%)"}
   */
  @Override
  public String describe() {
    return "fixed(fee " + platformFeePercent + "%, mentor " + mentorSharePercent + "%)";
  }
}
