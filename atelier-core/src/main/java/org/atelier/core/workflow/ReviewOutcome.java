package org.atelier.core.workflow;

/**
 * How a review of a submission ended.
 *
 * @since 0.1
 */
public enum ReviewOutcome {
  /** The mentor sent it back with feedback. */
  CHANGES_REQUESTED,
  /** The mentor approved it. */
  APPROVED,
  /** The review timeout approved it. */
  AUTO_APPROVED
}
