package org.atelier.examples.scenario;

import java.util.List;

/**
 * A finished run: the result document and the step-by-step trace behind it.
 *
 * @param scenario the scenario that ran
 * @param result the result document
 * @param trace one entry per step, in order
 */
public record ScenarioRun(Scenario scenario, ScenarioResult result, List<StepTrace> trace) {

  /**
   * Copies the trace.
   *
   * @param scenario the scenario
   * @param result the result
   * @param trace the trace
   */
  public ScenarioRun {
    trace = List.copyOf(trace);
  }
}
