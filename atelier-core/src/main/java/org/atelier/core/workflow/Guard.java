package org.atelier.core.workflow;

/**
 * A condition that chooses between rows of a transition table with the same state and
 * trigger, such as {@code acceptPlan} leading to {@code IN_PROGRESS} only when escrow is funded.
 *
 * @since 0.1
 */
public enum Guard {
  /** The row always applies. */
  ALWAYS(""),
  /** The task's escrow holds the budget. */
  ESCROW_FUNDED("escrow funded"),
  /** The task's escrow is not funded yet. */
  ESCROW_NOT_FUNDED("escrow not funded"),
  /** The assigned intern accepted the current plan version. */
  PLAN_ACCEPTED("plan accepted"),
  /** No intern accepted the current plan version yet. */
  PLAN_NOT_ACCEPTED("plan not accepted"),
  /** The mentor took over the remaining work. */
  MENTOR_TOOK_OVER("mentor took over");

  private final String description;

  Guard(String description) {
    this.description = description;
  }

  /**
   * How diagrams and error messages state the condition.
   *
   * @return the description; empty for {@link #ALWAYS}
   */
  public String description() {
    return description;
  }
}
