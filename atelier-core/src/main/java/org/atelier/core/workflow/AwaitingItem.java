package org.atelier.core.workflow;

import java.util.Objects;
import org.atelier.core.model.TaskId;

/**
 * Something that waits for one actor: the command they are expected to issue next.
 *
 * @param task the task
 * @param command what they should do, such as {@link Command#APPROVE_MILESTONE} for a review due
 * @param subject the milestone or help request id it concerns, or the task id
 * @since 0.1
 */
public record AwaitingItem(TaskId task, Command command, String subject) {
  /**
   * Checks the parts.
   *
   * @param task the task
   * @param command the command
   * @param subject the subject
   */
  public AwaitingItem {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(subject, "subject");
  }
}
