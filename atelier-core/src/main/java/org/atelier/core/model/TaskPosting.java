package org.atelier.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;

/**
 * What a requester posts: a marketplace task offered as a micro-internship. The requester
 * is the actor of the {@code postTask} command.
 *
 * @param id the task's id, unique among tasks
 * @param title a short title; not blank
 * @param description what the task is about; may be empty
 * @param budget the whole budget, positive
 * @param deadline when the task must be done
 * @param requiredSkills the skills and levels the work needs, each skill once
 * @param sourceReference the source marketplace's reference for the task; may be empty
 * @since 0.1
 */
public record TaskPosting(
    TaskId id, String title, String description, Money budget, Instant deadline, List<Skill> requiredSkills,
    String sourceReference) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param title the title
   * @param description the description
   * @param budget the budget
   * @param deadline the deadline
   * @param requiredSkills the skills
   * @param sourceReference the marketplace reference
   * @throws AtelierException with code {@code VALIDATION} for a blank title, a budget that is not
   *     positive, or a skill listed twice
   */
  public TaskPosting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(sourceReference, "sourceReference");
    if (title.isBlank()) {
      throw AtelierException.validation("task " + id + ": title must not be blank");
    }
    if (budget.minorUnits() <= 0) {
      throw AtelierException.validation(
          "task " + id + ": budget must be positive, got " + budget.toDecimalString());
    }
    requiredSkills = SkillSet.sortedUnique("task " + id, requiredSkills);
  }

  /**
   * A posting with only the fields a scenario step needs.
   *
   * @param id the id
   * @param title the title
   * @param budget the budget
   * @param deadline the deadline
   * @param requiredSkills the skills
   * @return the posting, with empty description and source reference
   */
  public static TaskPosting of(TaskId id, String title, Money budget, Instant deadline, List<Skill> requiredSkills) {
    return new TaskPosting(id, title, "", budget, deadline, requiredSkills, "");
  }
}
