package org.atelier.core.payment;

import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;

/**
 * A minimum intern pay per estimated hour, after Parker Dewey's floor of $20 per
 * estimated hour of a micro-internship, around another policy.
 *
 * <p>The floor of a milestone is {@code perHour × estimatedHours}. At plan time,
 * {@link #checkPlan} refuses a plan in which the inner policy would pay the intern of any
 * milestone less than its floor (with no revisions and no reviews, the intern's best
 * case). At payout, if a context-dependent inner policy (such as
 * {@link RevisionScaledSplit} after many revisions) would pay the intern less than the
 * floor, the shortfall is moved to the intern from the mentor's share first, then from the
 * platform's fee, and the move is recorded in the explanation. A split that cannot reach
 * the floor at all (the amount is below it) is refused.
 *
 * @param inner the policy that splits the amount first
 * @param perHour the floor per estimated hour, not negative, in the internship's currency
 * @since 0.1
 */
public record HourlyFloor(SplitPolicy inner, Money perHour) implements SplitPolicy {
  /**
   * Checks the floor.
   *
   * @param inner the inner policy
   * @param perHour the floor per hour
   * @throws AtelierException {@code VALIDATION} if the floor is negative
   */
  public HourlyFloor {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(perHour, "perHour");
    if (perHour.isNegative()) {
      throw AtelierException.validation("hourly floor is " + perHour + "; expected an amount >= 0");
    }
  }

  /**
   * Parker Dewey's floor: 20.00 USD per estimated hour.
   *
   * @param inner the policy that splits the amount first
   * @return the policy
   */
  public static HourlyFloor parkerDewey(SplitPolicy inner) {
    return new HourlyFloor(inner, Money.ofMinor(2000, "USD"));
  }

  /**
   * A floor from a decimal string and a currency code, such as {@code ("20.00", "USD")}.
   *
   * @param inner the policy that splits the amount first
   * @param perHour the floor per hour as a decimal in the currency's minor-unit digits
   * @param currencyCode an ISO-4217 code
   * @return the policy
   * @throws AtelierException {@code VALIDATION} if the currency is unknown or the amount malformed or negative
   */
  public static HourlyFloor of(SplitPolicy inner, String perHour, String currencyCode) {
    try {
      return new HourlyFloor(inner, Money.parse(perHour, currencyCode));
    } catch (IllegalArgumentException e) {
      throw new AtelierException(org.atelier.core.ErrorCode.VALIDATION, "hourly floor: " + e.getMessage(), e);
    }
  }

  /**
   * The floor for an estimate.
   *
   * @param estimatedHours the estimated hours
   * @return {@code perHour × estimatedHours}
   * @throws AtelierException {@code VALIDATION} if the product overflows
   */
  public Money floorFor(long estimatedHours) {
    return Exact.times(perHour, estimatedHours, "hourly floor " + perHour + " × " + estimatedHours + " h");
  }

  /**
   * Splits by the inner policy, then tops the intern up to the floor if needed.
   *
   * @param amount the amount, not negative, in the floor's currency
   * @param context the milestone's context; its estimated hours set the floor
   * @return the explanation
   * @throws AtelierException {@code VALIDATION} if the currency differs from the floor's, or
   *     the amount is below the floor
   */
  @Override
  public SplitExplanation explain(Money amount, SplitContext context) {
    Exact.requireSameCurrency(amount, perHour, "hourly floor");
    SplitExplanation base = inner.explain(amount, context).describedAs(describe());
    Money floor = floorFor(context.estimatedHours());
    Split split = base.split();
    if (split.intern().compareTo(floor) >= 0) {
      return base;
    }
    if (amount.compareTo(floor) < 0) {
      throw AtelierException.validation("amount " + amount + " is below the hourly floor " + floor + " ("
          + perHour + " × " + context.estimatedHours() + " h); expected at least the floor");
    }
    Money shortfall = floor.minus(split.intern());
    Money fromMentor = split.mentor().compareTo(shortfall) >= 0 ? shortfall : split.mentor();
    Money fromPlatform = shortfall.minus(fromMentor);
    Split adjusted = new Split(split.platform().minus(fromPlatform), split.mentor().minus(fromMentor), floor,
        split.bonus());
    return base.adjust(adjusted, "intern topped up to the floor " + floor + ": " + fromMentor + " from the mentor, "
        + fromPlatform + " from the platform");
  }

  /**
   * Refuses a plan in which the inner policy would pay some milestone's intern less than
   * its floor.
   *
   * @param budget the budget, in the floor's currency
   * @param milestones the planned milestones with their estimated hours
   * @throws AtelierException {@code VALIDATION} naming the first milestone below its floor,
   *     its intern pay and the floor, or as {@link SplitPolicy#checkPlan}
   */
  @Override
  public void checkPlan(Money budget, List<PlannedMilestone> milestones) {
    Exact.requireSameCurrency(budget, perHour, "hourly floor");
    inner.checkPlan(budget, milestones);
    List<Money> amounts = PlannedMilestone.amounts(budget, milestones);
    for (int i = 0; i < amounts.size(); i++) {
      PlannedMilestone milestone = milestones.get(i);
      Money floor = floorFor(milestone.estimatedHours());
      Money intern = inner.split(amounts.get(i), SplitContext.none().withEstimatedHours(milestone.estimatedHours()))
          .intern();
      if (intern.compareTo(floor) < 0) {
        throw AtelierException.validation("milestone " + milestone.id() + " would pay the intern " + intern + " for "
            + milestone.estimatedHours() + " estimated hours, below the floor of " + floor + " (" + perHour
            + " per hour); expected a larger share or budget, or fewer hours");
      }
    }
  }

  /**
   * Describes the policy.
   *
   * @return such as {@code "hourly-floor(20.00 USD/h, fixed(fee 10%, mentor 20%))"}
   */
  @Override
  public String describe() {
    return "hourly-floor(" + perHour + "/h, " + inner.describe() + ")";
  }
}
