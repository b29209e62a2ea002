package org.atelier.core.workflow;

import java.time.Instant;
import java.util.Objects;
import org.atelier.core.model.TaskId;

/**
 * A time rule that {@link Internships#advanceTo} fired.
 *
 * @param task the task
 * @param rule the rule
 * @param subject the milestone, help request or person it concerned
 * @param at the instant it came due, which its events carry
 * @since 0.1
 */
public record FiredRule(TaskId task, TimeRule rule, String subject, Instant at) {
  /**
   * Checks the parts.
   *
   * @param task the task
   * @param rule the rule
   * @param subject the subject
   * @param at the time
   */
  public FiredRule {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
  }
}
