package org.atelier.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;

/**
 * One completed micro-internship in an intern's learning record.
 *
 * @param task the task
 * @param title the task's title
 * @param mentor the mentor
 * @param completedAt when the requester (or the acceptance timeout) accepted the delivery
 * @param endorsedSkills the skills the mentor endorsed
 * @param milestones each milestone's title, revisions and reviews
 * @since 0.1
 */
public record LearningEntry(TaskId task, String title, PersonId mentor, Instant completedAt,
    List<Skill> endorsedSkills, List<MilestoneView> milestones) {
  /**
   * Checks and copies the parts.
   *
   * @param task the task
   * @param title the title
   * @param mentor the mentor
   * @param completedAt the completion time
   * @param endorsedSkills the endorsed skills
   * @param milestones the milestones
   */
  public LearningEntry {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(completedAt, "completedAt");
    endorsedSkills = List.copyOf(endorsedSkills);
    milestones = List.copyOf(milestones);
  }
}
