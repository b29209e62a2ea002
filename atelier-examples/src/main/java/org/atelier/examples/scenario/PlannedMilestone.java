package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.List;

/**
 * One milestone of a {@code proposePlan} step.
 *
 * @param id the milestone's id, unique within the plan
 * @param title what the milestone delivers
 * @param share its whole percent of the budget, 1..100 unless its step lists it as
 *     {@linkplain CommandStep#outOfRange() out of range}
 * @param due when it is due
 * @param after the ids of the milestones it depends on, in file order
 * @param criteria the acceptance criteria, in file order
 */
public record PlannedMilestone(
    String id, String title, int share, Instant due, List<String> after, List<String> criteria) {

  /**
   * Copies the lists.
   *
   * @param id the milestone's id
   * @param title what the milestone delivers
   * @param share its whole percent of the budget
   * @param due when it is due
   * @param after the ids it depends on
   * @param criteria the acceptance criteria
   */
  public PlannedMilestone {
    after = List.copyOf(after);
    criteria = List.copyOf(criteria);
  }
}
