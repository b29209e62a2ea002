package org.atelier.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.model.MilestoneId;
import org.jspecify.annotations.Nullable;

/**
 * One step of a plan, as the mentor specifies it. A spec checks only itself; how specs fit
 * together is {@link PlanValidation}'s job.
 *
 * @param id the milestone's id, unique in its plan
 * @param title a short title; not blank
 * @param description what to do; may be empty
 * @param acceptanceCriteria what the mentor will check, one statement each; may be empty
 * @param share the milestone's share of the budget in whole percent, 1 to 100
 * @param due when it is due
 * @param dependsOn the milestones that must be approved before this one can be submitted
 * @param estimatedHours the mentor's estimate of the work in hours, {@code >= 1}, or {@code null}
 * @since 0.1
 */
public record MilestoneSpec(
    MilestoneId id, String title, String description, List<String> acceptanceCriteria, int share, Instant due,
    List<MilestoneId> dependsOn, @Nullable Integer estimatedHours) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param title the title
   * @param description the description
   * @param acceptanceCriteria the criteria
   * @param share the share in percent
   * @param due the due date
   * @param dependsOn the dependencies
   * @param estimatedHours the estimate, or {@code null}
   * @throws AtelierException with code {@code VALIDATION} for a blank title, a share outside
   *     1..100, a dependency listed twice, a blank criterion or an estimate below one hour
   */
  public MilestoneSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    acceptanceCriteria = List.copyOf(acceptanceCriteria);
    Objects.requireNonNull(due, "due");
    dependsOn = List.copyOf(dependsOn);
    if (title.isBlank()) {
      throw AtelierException.validation("milestone " + id + ": title must not be blank");
    }
    if (share < 1 || share > 100) {
      throw AtelierException.validation("milestone " + id + ": share must be 1 to 100 percent, got " + share);
    }
    if (dependsOn.stream().distinct().count() != dependsOn.size()) {
      throw AtelierException.validation("milestone " + id + ": a dependency is listed twice in " + dependsOn);
    }
    if (acceptanceCriteria.stream().anyMatch(String::isBlank)) {
      throw AtelierException.validation("milestone " + id + ": an acceptance criterion is blank");
    }
    if (estimatedHours != null && estimatedHours < 1) {
      throw AtelierException.validation(
          "milestone " + id + ": estimated hours must be at least 1, got " + estimatedHours);
    }
  }

  /**
   * A spec with only the fields a scenario step needs.
   *
   * @param id the id
   * @param title the title
   * @param share the share in percent
   * @param due the due date
   * @param dependsOn the dependencies
   * @return the spec, with empty description and criteria and no estimate
   */
  public static MilestoneSpec of(MilestoneId id, String title, int share, Instant due, List<MilestoneId> dependsOn) {
    return new MilestoneSpec(id, title, "", List.of(), share, due, dependsOn, null);
  }

  /**
   * This spec with other acceptance criteria.
   *
   * @param criteria the criteria
   * @return the changed copy
   */
  public MilestoneSpec withAcceptanceCriteria(List<String> criteria) {
    return new MilestoneSpec(id, title, description, criteria, share, due, dependsOn, estimatedHours);
  }

  /**
   * This spec with another title.
   *
   * @param newTitle the title
   * @return the changed copy
   */
  public MilestoneSpec withTitle(String newTitle) {
    return new MilestoneSpec(id, newTitle, description, acceptanceCriteria, share, due, dependsOn, estimatedHours);
  }

  /**
   * This spec with another share.
   *
   * @param newShare the share in percent
   * @return the changed copy
   */
  public MilestoneSpec withShare(int newShare) {
    return new MilestoneSpec(id, title, description, acceptanceCriteria, newShare, due, dependsOn, estimatedHours);
  }

  /**
   * This spec with another due date.
   *
   * @param newDue the due date
   * @return the changed copy
   */
  public MilestoneSpec withDue(Instant newDue) {
    return new MilestoneSpec(id, title, description, acceptanceCriteria, share, newDue, dependsOn, estimatedHours);
  }

  /**
   * This spec due later by a duration.
   *
   * @param by how much later
   * @return the changed copy
   */
  public MilestoneSpec shiftedBy(Duration by) {
    return withDue(due.plus(by));
  }
}
