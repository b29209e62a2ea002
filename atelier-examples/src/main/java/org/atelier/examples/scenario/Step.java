package org.atelier.examples.scenario;

/**
 * One entry of {@code steps}: either a command performed by a person or a move of the clock.
 */
public sealed interface Step permits CommandStep, AdvanceStep {
  /**
   * Where the step is in the file.
   *
   * @return its zero-based index in {@code steps}
   */
  int index();
}
