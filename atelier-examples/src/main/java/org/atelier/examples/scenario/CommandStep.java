package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command step: {@code as} does {@code do}, at the current clock or at {@code at}.
 *
 * @param index the step's zero-based index
 * @param actor the id in {@code as}; an id not in {@code people} is refused when the step runs
 * @param command the command in {@code do}
 * @param at the instant the clock first advances to, or null for the current clock
 * @param arguments the command's fields; those the command requires are present
 * @param outOfRange one message for each value of the step that has the right JSON type and
 *     syntax but lies outside its range (such as a {@code share} of 150), in file order. The
 *     step is refused with {@code VALIDATION} when it runs, rather than the file being refused
 *     when it is read; {@code arguments} then holds such a value as written, clamped to the
 *     range of an {@code int}
 */
public record CommandStep(
    int index, String actor, ScenarioCommand command, @Nullable Instant at, StepArguments arguments,
    List<String> outOfRange)
    implements Step {

  /**
   * Copies the list.
   *
   * @param index the step's zero-based index
   * @param actor the id in {@code as}
   * @param command the command in {@code do}
   * @param at the instant the clock first advances to, or null
   * @param arguments the command's fields
   * @param outOfRange the messages of the values out of range, in file order
   */
  public CommandStep {
    outOfRange = List.copyOf(outOfRange);
  }

  /**
   * A step whose values are all in range.
   *
   * @param index the step's zero-based index
   * @param actor the id in {@code as}
   * @param command the command in {@code do}
   * @param at the instant the clock first advances to, or null
   * @param arguments the command's fields
   */
  public CommandStep(int index, String actor, ScenarioCommand command, @Nullable Instant at, StepArguments arguments) {
    this(index, actor, command, at, arguments, List.of());
  }
}
