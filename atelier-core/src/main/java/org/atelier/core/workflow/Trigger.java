package org.atelier.core.workflow;

/**
 * What moves a state machine: a {@link Command} that an actor issues, or a {@link TimeRule}
 * that comes due.
 *
 * @since 0.1
 */
public sealed interface Trigger permits Command, TimeRule {
  /**
   * The name that transition tables, diagrams and scenario files use, such as
   * {@code approveMilestone} or {@code reviewTimeout}.
   *
   * @return the name
   */
  String label();
}
