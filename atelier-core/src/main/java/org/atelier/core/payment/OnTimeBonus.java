package org.atelier.core.payment;

import java.util.List;
import java.util.Objects;
import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;

/**
 * An optional bonus the requester pays on top of a milestone approved on time, around
 * another policy. The escrowed amount is split by the inner policy unchanged; when the
 * context says {@link SplitContext#onTime() on time}, the requester additionally pays the
 * worker (the intern, or the mentor after a takeover)
 * {@code floor(amount × bonusPercent / 100)} from the requester's own account, not from escrow.
 *
 * <p>Example: 5 % on a 300.00 milestone approved on time adds a 15.00 bonus.
 *
 * @param inner the policy that splits the escrowed amount
 * @param bonusPercent the bonus as a whole percent of the milestone's amount, 0 to 100
 * @since 0.1
 */
public record OnTimeBonus(SplitPolicy inner, int bonusPercent) implements SplitPolicy {
  /**
   * Checks the percentage.
   *
   * @param inner the inner policy
   * @param bonusPercent the bonus percent
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if the percent is outside 0..100
   */
  public OnTimeBonus {
    Objects.requireNonNull(inner, "inner");
    Exact.requirePercent("on-time bonus percent", bonusPercent);
  }

  /**
   * Splits by the inner policy and adds the bonus when on time.
   *
   * @param amount the amount, not negative
   * @param context whether the milestone was on time, and what the inner policy needs
   * @return the explanation, with the bonus in {@link Split#bonus()}
   * @throws org.atelier.core.AtelierException {@code VALIDATION} as the inner policy
   */
  @Override
  public SplitExplanation explain(Money amount, SplitContext context) {
    SplitExplanation base = inner.explain(amount, context).describedAs(describe());
    if (!context.onTime() || bonusPercent == 0) {
      return base;
    }
    Money bonus = Exact.percentFloor(amount, bonusPercent);
    if (bonus.isZero()) {
      return base;
    }
    Split split = base.split();
    return base.adjust(new Split(split.platform(), split.mentor(), split.intern(), Exact.plus(split.bonus(), bonus,
        "on-time bonus")), "on-time bonus " + bonusPercent + "% of " + amount + " = " + bonus + ", paid by the requester");
  }

  /**
   * Checks the plan with the inner policy.
   *
   * @param budget the budget
   * @param milestones the milestones
   * @throws org.atelier.core.AtelierException {@code VALIDATION} as the inner policy
   */
  @Override
  public void checkPlan(Money budget, List<PlannedMilestone> milestones) {
    inner.checkPlan(budget, milestones);
  }

  /**
   * Describes the policy.
   *
   * @return such as {@code "on-time-bonus(5%, fixed(fee 10%, mentor 20%))"}
   */
  @Override
  public String describe() {
    return "on-time-bonus(" + bonusPercent + "%, " + inner.describe() + ")";
  }
}
