package org.atelier.core.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;

/**
 * What payments need to know of a planned milestone: its id, its share of the budget and
 * its estimated hours. The workflow maps its plan to these.
 *
 * @param id the milestone's id, such as {@code m1}
 * @param share the milestone's share of the budget (whole percents in a scenario); weights, not necessarily summing to 100
 * @param estimatedHours the estimated hours of work, 0 if unknown
 * @since 0.1
 */
public record PlannedMilestone(String id, long share, long estimatedHours) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param share the share
   * @param estimatedHours the estimate
   * @throws AtelierException {@code VALIDATION} if the id is blank or a number is negative
   */
  public PlannedMilestone {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw AtelierException.validation("milestone id must not be blank; expected an id such as m1");
    }
    if (share < 0 || estimatedHours < 0) {
      throw AtelierException.validation("milestone " + id + " has share " + share + " and estimated hours "
          + estimatedHours + "; expected both >= 0");
    }
  }

  /**
   * A milestone without an estimate.
   *
   * @param id the id
   * @param share the share
   * @throws AtelierException {@code VALIDATION} if the id is blank or the share negative
   */
  public PlannedMilestone(String id, long share) {
    this(id, share, 0);
  }

  /**
   * The milestones' amounts: the budget split by their shares with largest remainder, so
   * they sum to the budget exactly. With shares 30/30/40, 1000.00 gives 300.00, 300.00, 400.00.
   *
   * @param budget the task's budget, not negative
   * @param milestones the milestones, at least one, with distinct ids and a positive sum of shares
   * @return one amount per milestone, in order
   * @throws AtelierException {@code VALIDATION} if the budget is negative, the list is
   *     empty, ids repeat, or the shares sum to zero
   */
  public static List<Money> amounts(Money budget, List<PlannedMilestone> milestones) {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative()) {
      throw AtelierException.validation("budget is " + budget + "; expected an amount >= 0");
    }
    if (milestones.isEmpty()) {
      throw AtelierException.validation("a plan needs at least one milestone; got none");
    }
    List<Long> shares = new ArrayList<>(milestones.size());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (PlannedMilestone milestone : milestones) {
      if (!ids.add(milestone.id())) {
        throw AtelierException.validation("milestone " + milestone.id() + " appears twice; expected distinct ids");
      }
      shares.add(milestone.share());
    }
    return Allocation.largestRemainder(budget, shares);
  }
}
