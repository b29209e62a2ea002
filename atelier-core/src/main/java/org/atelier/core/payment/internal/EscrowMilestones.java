package org.atelier.core.payment.internal;

import java.util.ArrayList;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.Allocation;
import org.atelier.core.payment.AllocationTrace;
import org.atelier.core.payment.EscrowMilestone;
import org.atelier.core.payment.EscrowMilestone.State;
import org.atelier.core.payment.PlannedMilestone;
import org.atelier.spi.Money;

/**
 * An escrow's milestones, in plan order: each one's part of the budget (the budget split by
 * the shares with largest remainder, so the parts sum to the budget) and where that part is.
 * Immutable; every change returns new milestones. Complexity: {@code O(m)} per operation for
 * {@code m} milestones.
 *
 * @param task the task, for messages
 * @param budget the budget the amounts were allocated from
 * @param allocation how the budget was allocated over the shares
 * @param list the milestones, in plan order
 */
public record EscrowMilestones(String task, Money budget, AllocationTrace allocation, List<EscrowMilestone> list) {
  /**
   * Copies the list.
   *
   * @param task the task
   * @param budget the budget
   * @param allocation the allocation
   * @param list the milestones
   */
  public EscrowMilestones {
    list = List.copyOf(list);
  }

  /**
   * Plans the milestones, all {@link State#UNFUNDED}.
   *
   * @param task the task, for messages
   * @param budget the budget
   * @param planned the planned milestones, at least one, with distinct ids and shares summing to more than zero
   * @return the milestones
   * @throws AtelierException {@code VALIDATION} if the plan is malformed ({@link PlannedMilestone#amounts})
   */
  public static EscrowMilestones plan(String task, Money budget, List<PlannedMilestone> planned) {
    List<Money> amounts = PlannedMilestone.amounts(budget, planned);
    List<EscrowMilestone> list = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      list.add(new EscrowMilestone(planned.get(i).id(), amounts.get(i), planned.get(i).estimatedHours(),
          State.UNFUNDED));
    }
    long[] shares = planned.stream().mapToLong(PlannedMilestone::share).toArray();
    return new EscrowMilestones(task, budget, Allocation.trace(budget.minorUnits(), shares), list);
  }

  /**
   * One milestone.
   *
   * @param id the milestone's id
   * @return the milestone
   * @throws AtelierException {@code NOT_FOUND} naming the known ids if there is none
   */
  public EscrowMilestone get(String id) {
    return list.get(indexOf(id));
  }

  /**
   * Whether any milestone is in a state.
   *
   * @param state the state
   * @return {@code true} if at least one is
   */
  public boolean any(State state) {
    return list.stream().anyMatch(m -> m.state() == state);
  }

  /**
   * The sum of the amounts of the milestones in a state.
   *
   * @param state the state
   * @return the sum, zero if none is in it
   */
  public Money total(State state) {
    Money sum = Money.zero(budget.currency());
    for (EscrowMilestone m : list) {
      if (m.state() == state) {
        sum = sum.plus(m.amount());
      }
    }
    return sum;
  }

  /**
   * Moves one milestone.
   *
   * @param id the milestone's id
   * @param next its new state
   * @return the new milestones
   * @throws AtelierException {@code NOT_FOUND} if there is no such milestone
   */
  public EscrowMilestones move(String id, State next) {
    int index = indexOf(id);
    List<EscrowMilestone> moved = new ArrayList<>(list);
    moved.set(index, moved(list.get(index), next));
    return new EscrowMilestones(task, budget, allocation, moved);
  }

  /**
   * Moves every milestone in one state to another.
   *
   * @param from the state moved from
   * @param next the state moved to
   * @return the new milestones
   */
  public EscrowMilestones moveAll(State from, State next) {
    List<EscrowMilestone> moved = new ArrayList<>();
    for (EscrowMilestone m : list) {
      moved.add(m.state() == from ? moved(m, next) : m);
    }
    return new EscrowMilestones(task, budget, allocation, moved);
  }

  /**
   * How a milestone's amount came out of the budget, for its payout's explanation.
   *
   * @param id the milestone's id
   * @return such as {@code "part 0 (share 30) of the budget 1000.00 USD: 100000 by [30, 30, 40] / 100: …"}
   * @throws AtelierException {@code NOT_FOUND} if there is no such milestone
   */
  public String rounding(String id) {
    int index = indexOf(id);
    return "part " + index + " (share " + allocation.weights().get(index) + ") of the budget " + budget + ": "
        + allocation.describe();
  }

  private int indexOf(String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    throw AtelierException.notFound("task " + task + " has no milestone " + id + "; expected one of "
        + list.stream().map(EscrowMilestone::id).toList());
  }

  private static EscrowMilestone moved(EscrowMilestone m, State next) {
    return new EscrowMilestone(m.id(), m.amount(), m.estimatedHours(), next);
  }
}
