package org.atelier.core.payment;

import org.atelier.core.AtelierException;
import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;

/**
 * A mentor share that follows the mentoring a milestone took: it grows with each round of
 * requested changes and with the mentor's review workload, and shrinks back toward the
 * minimum as the intern needs fewer revisions, so the intern keeps more when teaching has
 * landed. The formula, in whole percents, is
 *
 * <pre>
 *   mentor% = min(maxMentorPercent,
 *                 minMentorPercent + perRevisionPercent × revisions + perReviewPercent × reviewWorkload)
 *   intern% = 100 − platformFeePercent − mentor%
 * </pre>
 *
 * and the amount is allocated by largest remainder over {@code [fee%, mentor%, intern%]}.
 * Integer arithmetic only; the counts come from the {@link SplitContext}.
 *
 * <p>Example: fee 10 %, min 10 %, max 30 %, 5 % per revision, 1 % per review: a milestone of
 * 300.00 with 2 revisions and 3 reviews gives the mentor 10 + 10 + 3 = 23 %, that is 69.00,
 * the platform 30.00 and the intern 201.00; with no revisions and no reviews the mentor gets
 * 30.00 and the intern 240.00.
 *
 * @param platformFeePercent the platform's fee, 0 to 100
 * @param minMentorPercent the mentor's share with no revisions and no reviews
 * @param maxMentorPercent the cap on the mentor's share; {@code fee + max ≤ 100}
 * @param perRevisionPercent what each requested change adds, 0 to 100
 * @param perReviewPercent what each review or help answer adds, 0 to 100
 * @since 0.1
 */
public record RevisionScaledSplit(int platformFeePercent, int minMentorPercent, int maxMentorPercent,
    int perRevisionPercent, int perReviewPercent) implements SplitPolicy {
  /**
   * Checks the percentages.
   *
   * @param platformFeePercent the fee
   * @param minMentorPercent the minimum mentor share
   * @param maxMentorPercent the maximum mentor share
   * @param perRevisionPercent the step per revision
   * @param perReviewPercent the step per review
   * @throws AtelierException {@code VALIDATION} if a percentage is outside 0..100, the
   *     minimum exceeds the maximum, or fee plus maximum exceeds 100
   */
  public RevisionScaledSplit {
    Exact.requirePercent("platform fee percent", platformFeePercent);
    Exact.requirePercent("minimum mentor percent", minMentorPercent);
    Exact.requirePercent("maximum mentor percent", maxMentorPercent);
    Exact.requirePercent("percent per revision", perRevisionPercent);
    Exact.requirePercent("percent per review", perReviewPercent);
    if (minMentorPercent > maxMentorPercent) {
      throw AtelierException.validation("minimum mentor percent " + minMentorPercent + " exceeds maximum "
          + maxMentorPercent + "; expected min <= max");
    }
    if (platformFeePercent + maxMentorPercent > 100) {
      throw AtelierException.validation("platform fee " + platformFeePercent + "% and maximum mentor share "
          + maxMentorPercent + "% sum past 100%; expected at most 100%");
    }
  }

  /**
   * The mentor's percentage for a context, by the formula above.
   *
   * @param context the milestone's revisions and review workload
   * @return the mentor's whole percent, from {@code minMentorPercent} to {@code maxMentorPercent}
   */
  public int mentorPercent(SplitContext context) {
    long raw = minMentorPercent + (long) perRevisionPercent * context.revisions()
        + (long) perReviewPercent * context.reviewWorkload();
    return (int) Math.min(maxMentorPercent, raw);
  }

  /**
   * Splits by {@code [fee, mentor%(context), rest]}.
   *
   * @param amount the amount, not negative
   * @param context the milestone's revisions and review workload
   * @return the explanation
   * @throws AtelierException {@code VALIDATION} if the amount is negative
   */
  @Override
  public SplitExplanation explain(Money amount, SplitContext context) {
    Exact.requireNotNegative(amount);
    int mentor = mentorPercent(context);
    return SplitExplanation.allocate(describe(), amount,
        new SplitWeights(platformFeePercent, mentor, 100 - platformFeePercent - mentor));
  }

  /**
   * Describes the policy.
   *
   * @return such as {@code "revision-scaled(fee 10%, mentor 10..30%, +5%/revision, +1%/review)"}
   */
  @Override
  public String describe() {
    return "revision-scaled(fee " + platformFeePercent + "%, mentor " + minMentorPercent + ".." + maxMentorPercent
        + "%, +" + perRevisionPercent + "%/revision, +" + perReviewPercent + "%/review)";
  }
}
