package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A scenario that the reader has checked structurally: every field has the right type and
 * shape. What only the run can tell (an unknown id, shares that do not add up to 100, a step
 * that goes back in time) is left to the steps, which are refused one by one.
 *
 * @param start the instant the scenario's clock starts at
 * @param currency the currency of every amount
 * @param policy the split and the time rules
 * @param people who takes part, in file order
 * @param steps what happens, in file order
 */
public record Scenario(
    Instant start, Currency currency, ScenarioPolicy policy, List<Person> people, List<Step> steps) {

  /** The value of the {@code format} field that this reader accepts. */
  public static final String FORMAT = "atelier-scenario/1";

  /**
   * Copies the lists.
   *
   * @param start the instant the scenario's clock starts at
   * @param currency the currency of every amount
   * @param policy the split and the time rules
   * @param people who takes part
   * @param steps what happens
   */
  public Scenario {
    people = List.copyOf(people);
    steps = List.copyOf(steps);
  }
}
