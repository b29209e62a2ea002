package org.atelier.core.workflow;

/**
 * The statuses of a help request, exactly those of the scenario contract.
 * {@link StateMachines#help()} says how they follow each other.
 *
 * @since 0.1
 */
public enum HelpStatus {
  /** Asked, not yet answered. */
  OPEN,
  /** The mentor answered. */
  ANSWERED,
  /** Unanswered for too long: the platform was told. */
  ESCALATED,
  /** The intern closed it. */
  RESOLVED
}
