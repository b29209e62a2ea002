package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.List;

/**
 * What one step did, for a readable timeline: when it ran, its outcome, what the time rules
 * did while the clock moved to it, and what the command itself caused.
 *
 * @param step the step as the file gave it
 * @param at the clock when the step ran
 * @param outcome done or refused
 * @param clock what fired while the clock moved (an {@code advance}, or an {@code at})
 * @param command what the command caused; empty for a clock step or a refused step
 */
public record StepTrace(Step step, Instant at, StepOutcome outcome, Effects clock, Effects command) {

  /**
   * Events, notifications and payouts, each in the order they happened.
   *
   * @param events the events
   * @param notifications the notifications
   * @param payouts the payouts
   */
  public record Effects(
      List<ScenarioResult.EventLine> events,
      List<ScenarioResult.NotificationLine> notifications,
      List<ScenarioResult.PayoutLine> payouts) {

    /** Nothing happened. */
    public static final Effects NONE = new Effects(List.of(), List.of(), List.of());

    /**
     * Copies the lists.
     *
     * @param events the events
     * @param notifications the notifications
     * @param payouts the payouts
     */
    public Effects {
      events = List.copyOf(events);
      notifications = List.copyOf(notifications);
      payouts = List.copyOf(payouts);
    }
  }
}
