package org.atelier.examples.scenario;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The result document of a run, {@code atelier-scenario-result/1}, as values in the order
 * they are printed.
 *
 * @param steps one outcome per input step, in order
 * @param internships one per task, sorted by task id
 * @param balances every ledger account to its balance as a decimal string, sorted by account
 * @param payouts every payout, in the order it was made
 * @param notifications every notification, in the order it was sent
 * @param events every event, in the order it was recorded
 */
public record ScenarioResult(
    List<StepOutcome> steps,
    List<InternshipSummary> internships,
    SortedMap<String, String> balances,
    List<PayoutLine> payouts,
    List<NotificationLine> notifications,
    List<EventLine> events) {

  /** The value of the result's {@code format} field. */
  public static final String FORMAT = "atelier-scenario-result/1";

  /**
   * Copies everything.
   *
   * @param steps one outcome per input step
   * @param internships one per task
   * @param balances account to balance
   * @param payouts the payouts
   * @param notifications the notifications
   * @param events the events
   */
  public ScenarioResult {
    steps = List.copyOf(steps);
    internships = List.copyOf(internships);
    balances = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(balances));
    payouts = List.copyOf(payouts);
    notifications = List.copyOf(notifications);
    events = List.copyOf(events);
  }

  /**
   * One internship's state at the end.
   *
   * @param task the task's id
   * @param status the internship's status, such as {@code IN_PROGRESS}
   * @param mentor the mentor's id, or null when none was chosen
   * @param intern the intern's id, or null when none is assigned
   * @param milestones the milestones, in plan order
   * @param help the help requests, in the order they were opened
   */
  public record InternshipSummary(
      String task, String status, @Nullable String mentor, @Nullable String intern, List<MilestoneLine> milestones,
      List<HelpLine> help) {

    /**
     * Copies the lists.
     *
     * @param task the task's id
     * @param status the status
     * @param mentor the mentor's id
     * @param intern the intern's id
     * @param milestones the milestones
     * @param help the help requests
     */
    public InternshipSummary {
      milestones = List.copyOf(milestones);
      help = List.copyOf(help);
    }
  }

  /**
   * A milestone at the end.
   *
   * @param id the milestone's id
   * @param status its status, such as {@code APPROVED}
   * @param revisions how many times changes were requested
   */
  public record MilestoneLine(String id, String status, int revisions) {}

  /**
   * A help request at the end.
   *
   * @param id the help request's id
   * @param status its status, such as {@code RESOLVED}
   */
  public record HelpLine(String id, String status) {}

  /**
   * A payout.
   *
   * @param to the account paid
   * @param amount the amount, a decimal string
   * @param task the task it was paid for
   * @param key its idempotency key
   */
  public record PayoutLine(String to, String amount, String task, String key) {}

  /**
   * A notification.
   *
   * @param to who was told
   * @param kind what about, such as {@code MILESTONE_SUBMITTED}
   * @param task the task it concerns
   * @param at when it was sent
   */
  public record NotificationLine(String to, String kind, String task, String at) {}

  /**
   * An event.
   *
   * @param task the task it belongs to
   * @param type its type, such as {@code MilestoneApproved}
   * @param at when it happened
   */
  public record EventLine(String task, String type, String at) {}
}
