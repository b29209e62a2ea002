package org.atelier.core.workflow;

/**
 * The rules that fire when time passes, evaluated by {@link Internships#advanceTo} against the
 * injected clock. The periods come from {@link WorkflowPolicy}.
 *
 * @since 0.1
 */
public enum TimeRule implements Trigger {
  /** A submitted milestone left undecided for the review timeout is approved and paid. */
  REVIEW_TIMEOUT("reviewTimeout"),
  /** A delivery left undecided for the acceptance timeout is accepted. */
  ACCEPTANCE_TIMEOUT("acceptanceTimeout"),
  /** A help request unanswered for the escalation period is escalated; the platform is told. */
  HELP_ESCALATION("helpEscalation"),
  /** An intern inactive for the stall period is nudged, and the mentor told. */
  STALL_NUDGE("stallNudge"),
  /** A milestone past its due date and not yet submitted is reported to intern and mentor. */
  MILESTONE_OVERDUE("milestoneOverdue");

  private final String label;

  TimeRule(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
