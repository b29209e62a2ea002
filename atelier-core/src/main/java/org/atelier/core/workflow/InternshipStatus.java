package org.atelier.core.workflow;

/**
 * The statuses of an internship, exactly those of the scenario contract
 * ({@code atelier-scenario/1}). {@link StateMachines#internship()} says how they follow each other.
 *
 * @since 0.1
 */
public enum InternshipStatus {
  /** The requester posted the task; no mentor yet. */
  POSTED,
  /** The requester chose a mentor; no plan yet. */
  MENTOR_CHOSEN,
  /** The mentor proposed a plan; work starts once the intern accepted it and escrow is funded. */
  PLANNED,
  /** The intern works through the milestones. */
  IN_PROGRESS,
  /** The intern handed in the final product; the mentor reviews it. */
  FINAL_REVIEW,
  /** The mentor delivered the product; the requester accepts or rejects it. */
  DELIVERED,
  /** The requester accepted: the internship is done and its escrow is empty. */
  COMPLETED,
  /** Ended early: approved milestones stay paid, the rest of escrow was refunded. */
  CANCELLED,
  /** A party opened a dispute: escrow is frozen until the platform decides. */
  DISPUTED,
  /** The platform resolved the dispute and split the frozen escrow. */
  SETTLED,
  /** The intern withdrew; the remaining milestones wait for a replacement or the mentor. */
  AWAITING_INTERN;

  /**
   * Whether the internship has ended and accepts no more commands.
   *
   * @return {@code true} for {@link #COMPLETED}, {@link #CANCELLED} and {@link #SETTLED}
   */
  public boolean isTerminal() {
    return this == COMPLETED || this == CANCELLED || this == SETTLED;
  }
}
