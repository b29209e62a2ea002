package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.atelier.core.AtelierException;

/**
 * What the runner needs from the library for one scenario: perform a command, move time,
 * dispatch the outbox, and read the state back. The runner owns the order of steps and the
 * checks that belong to the scenario file (people, time order); the engine owns the workflow.
 */
interface ScenarioEngine {

  /**
   * Performs a command step at the current clock.
   *
   * @param step the step, whose actor is a person of the scenario
   * @param actor that person
   * @throws AtelierException when the workflow refuses the step; nothing has changed then
   */
  void perform(CommandStep step, Person actor);

  /**
   * Moves the clock to {@code instant}, firing every time rule that comes due on the way,
   * in time order.
   *
   * @param instant not before the current clock
   */
  void advanceTo(Instant instant);

  /** Sends every pending payout instruction and notification, synchronously. */
  void dispatch();

  /**
   * Every event so far, in the order it was recorded.
   *
   * @return the events
   */
  List<ScenarioResult.EventLine> events();

  /**
   * Every notification sent so far, in order.
   *
   * @return the notifications
   */
  List<ScenarioResult.NotificationLine> notifications();

  /**
   * Every payout made so far, in order.
   *
   * @return the payouts
   */
  List<ScenarioResult.PayoutLine> payouts();

  /**
   * Every internship, sorted by task id.
   *
   * @return the summaries
   */
  List<ScenarioResult.InternshipSummary> internships();

  /**
   * Every ledger account's balance as a decimal string.
   *
   * @return account to balance, sorted by account
   */
  SortedMap<String, String> balances();
}
