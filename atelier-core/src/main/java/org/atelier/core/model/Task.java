package org.atelier.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.spi.Money;

/**
 * A posted task: the marketplace task being repurposed as a micro-internship.
 *
 * @param id the task's id
 * @param title the title
 * @param description the description
 * @param budget the whole budget
 * @param deadline the current deadline; {@code extend} moves it
 * @param requiredSkills the skills the work needs, sorted by name
 * @param requester who posted it and pays for it
 * @param sourceReference the source marketplace's reference
 * @since 0.1
 */
public record Task(
    TaskId id, String title, String description, Money budget, Instant deadline, List<Skill> requiredSkills,
    PersonId requester, String sourceReference) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param title the title
   * @param description the description
   * @param budget the budget
   * @param deadline the deadline
   * @param requiredSkills the skills
   * @param requester the requester
   * @param sourceReference the reference
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(sourceReference, "sourceReference");
    requiredSkills = List.copyOf(requiredSkills);
  }

  /**
   * The task a requester posts.
   *
   * @param posting what was posted
   * @param requester who posted it
   * @return the task
   */
  public static Task posted(TaskPosting posting, PersonId requester) {
    return new Task(posting.id(), posting.title(), posting.description(), posting.budget(), posting.deadline(),
        posting.requiredSkills(), requester, posting.sourceReference());
  }

  /**
   * This task with another deadline.
   *
   * @param newDeadline the deadline
   * @return the changed copy
   */
  public Task withDeadline(Instant newDeadline) {
    return new Task(id, title, description, budget, newDeadline, requiredSkills, requester, sourceReference);
  }
}
