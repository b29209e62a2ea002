package org.atelier.examples.scenario;

import org.jspecify.annotations.Nullable;

/**
 * What became of one step: done, or refused with an error code and message.
 *
 * @param index the step's zero-based index
 * @param errorCode the refusal's code, such as {@code NOT_PERMITTED}, or null when the step was done
 * @param errorMessage the refusal's message, or null when the step was done
 */
public record StepOutcome(int index, @Nullable String errorCode, @Nullable String errorMessage) {

  /**
   * A step that was done.
   *
   * @param index the step's index
   * @return the outcome
   */
  public static StepOutcome done(int index) {
    return new StepOutcome(index, null, null);
  }

  /**
   * A step that was refused and changed nothing.
   *
   * @param index the step's index
   * @param code the error code
   * @param message what was wrong and what would have been accepted
   * @return the outcome
   */
  public static StepOutcome refused(int index, String code, String message) {
    return new StepOutcome(index, code, message);
  }

  /**
   * Whether the step was done.
   *
   * @return true when it was not refused
   */
  public boolean ok() {
    return errorCode == null;
  }
}
