package org.atelier.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.model.MilestoneId;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of a {@link PlanTemplate}. Its due date is relative: a percentage of the time
 * from the start of the work to the task's deadline, so one template fits tasks of any length.
 *
 * @param id the milestone id the instantiated plan will use
 * @param title the title
 * @param description what to do
 * @param acceptanceCriteria what the mentor will check
 * @param share the share of the budget in whole percent, 1 to 100
 * @param duePercent when it is due, as a percentage 1 to 100 of the time from start to deadline
 * @param dependsOn the ids of the template's milestones it depends on
 * @param estimatedHours an estimate of the work in hours, or {@code null}
 * @since 0.1
 */
public record TemplateMilestone(
    String id, String title, String description, List<String> acceptanceCriteria, int share, int duePercent,
    List<String> dependsOn, @Nullable Integer estimatedHours) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param title the title
   * @param description the description
   * @param acceptanceCriteria the criteria
   * @param share the share
   * @param duePercent the relative due date
   * @param dependsOn the dependencies
   * @param estimatedHours the estimate, or {@code null}
   * @throws AtelierException with code {@code VALIDATION} if the due percentage is outside 1..100
   */
  public TemplateMilestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    acceptanceCriteria = List.copyOf(acceptanceCriteria);
    dependsOn = List.copyOf(dependsOn);
    if (duePercent < 1 || duePercent > 100) {
      throw AtelierException.validation(
          "template milestone " + id + ": duePercent must be 1 to 100, got " + duePercent);
    }
  }

  /**
   * The concrete milestone for one span of work. The due date is
   * {@code start + (deadline - start) × duePercent / 100}, in whole seconds, rounded down.
   *
   * @param start when the work starts
   * @param deadline the task's deadline, after {@code start}
   * @return the spec
   * @throws AtelierException with code {@code VALIDATION} if an id, title or share is invalid
   */
  public MilestoneSpec instantiate(Instant start, Instant deadline) {
    long seconds = Duration.between(start, deadline).getSeconds();
    Instant due = start.plusSeconds(Math.multiplyExact(seconds, (long) duePercent) / 100);
    return new MilestoneSpec(MilestoneId.of(id), title, description, acceptanceCriteria, share, due,
        dependsOn.stream().map(MilestoneId::of).toList(), estimatedHours);
  }
}
