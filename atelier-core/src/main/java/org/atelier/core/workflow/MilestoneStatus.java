package org.atelier.core.workflow;

/**
 * The statuses of a milestone, exactly those of the scenario contract.
 * {@link StateMachines#milestone()} says how they follow each other.
 *
 * @since 0.1
 */
public enum MilestoneStatus {
  /** Planned, not submitted (or sent back to planned when its intern left). */
  PLANNED,
  /** Submitted by the intern; the mentor reviews it. */
  SUBMITTED,
  /** The mentor sent it back with feedback; the intern resubmits. */
  CHANGES_REQUESTED,
  /** Approved and paid. */
  APPROVED,
  /** The internship ended before it was approved. */
  CANCELLED
}
