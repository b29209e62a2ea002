package org.atelier.core.workflow;

import java.time.Instant;
import java.util.Objects;
import org.atelier.core.model.TaskId;

/**
 * One event of an internship's stream.
 *
 * @param task the task
 * @param version the event's version in its stream, from 1
 * @param type the event's stable type name, such as {@code MilestoneApproved}
 * @param at when it happened
 * @param actor who caused it; {@code atelier} for a time rule
 * @since 0.1
 */
public record TimelineEntry(TaskId task, long version, String type, Instant at, String actor) {
  /** The type of a ledger transaction with its payment instructions. */
  public static final String LEDGER_POSTED = "LedgerPosted";
  /** The type of a notification decided for the outbox. */
  public static final String NOTIFICATION_QUEUED = "NotificationQueued";

  /**
   * Checks the parts.
   *
   * @param task the task
   * @param version the version
   * @param type the type
   * @param at the time
   * @param actor the actor
   */
  public TimelineEntry {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
  }

  /**
   * Whether this is a workflow fact rather than bookkeeping (a ledger posting or a queued
   * notification that accompanies a fact).
   *
   * @return {@code false} for {@link #LEDGER_POSTED} and {@link #NOTIFICATION_QUEUED}
   */
  public boolean isWorkflowFact() {
    return !type.equals(LEDGER_POSTED) && !type.equals(NOTIFICATION_QUEUED);
  }
}
