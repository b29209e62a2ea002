package org.atelier.core.payment;

import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;

/**
 * How a released amount is divided among the platform, the mentor and the intern.
 * Policies are immutable values (records), validated when built and comparable with
 * {@code equals}, so experiments can run the same internship under several policies.
 *
 * <p>The built-in policies: {@link FixedSplit} (the scenario contract's), the
 * {@link RevisionScaledSplit}, and the decorators {@link HourlyFloor} (a minimum intern
 * pay per estimated hour) and {@link OnTimeBonus} (a requester-paid bonus). Every split
 * sums exactly to the amount: the parts are allocated by {@link Allocation largest remainder}
 * over the policy's weights.
 *
 * @since 0.1
 */
public sealed interface SplitPolicy permits FixedSplit, RevisionScaledSplit, HourlyFloor, OnTimeBonus {

  /**
   * Splits an amount and shows the working.
   *
   * @param amount the amount released, not negative
   * @param context what the policy may depend on
   * @return the explanation, whose {@link SplitExplanation#split() split} sums to {@code amount}
   * @throws AtelierException {@code VALIDATION} if the amount is negative or in a currency
   *     the policy cannot pay in, or the split is impossible
   */
  SplitExplanation explain(Money amount, SplitContext context);

  /**
   * Splits an amount.
   *
   * @param amount the amount released, not negative
   * @param context what the policy may depend on
   * @return the split; its {@link Split#total() total} is {@code amount}
   * @throws AtelierException {@code VALIDATION} as {@link #explain}
   */
  default Split split(Money amount, SplitContext context) {
    return explain(amount, context).split();
  }

  /**
   * A short, stable description, such as {@code "fixed(fee 10%, mentor 20%)"}.
   *
   * @return the description
   */
  String describe();

  /**
   * Checks at plan time that the policy can pay every milestone of a plan. The workflow
   * calls it when a plan is proposed. Only {@link HourlyFloor} refuses plans (a milestone
   * that would pay the intern less than the floor); every policy refuses a negative
   * budget, no milestones, or shares summing to zero.
   *
   * @param budget the task's budget
   * @param milestones the planned milestones
   * @throws AtelierException {@code VALIDATION} naming the first milestone that fails
   */
  default void checkPlan(Money budget, List<PlannedMilestone> milestones) {
    List<Money> amounts = PlannedMilestone.amounts(budget, milestones);
    for (int i = 0; i < amounts.size(); i++) {
      explain(amounts.get(i), SplitContext.none().withEstimatedHours(milestones.get(i).estimatedHours()));
    }
  }
}
