package org.atelier.examples.scenario;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A command step: {@code as} does {@code do}, at the current clock or at {@code at}.
 *
 * @param index the step's zero-based index
 * @param actor the id in {@code as}; an id not in {@code people} is refused when the step runs
 * @param command the command in {@code do}
 * @param at the instant the clock first advances to, or null for the current clock
 * @param arguments the command's fields; those the command requires are present
 */
public record CommandStep(
    int index, String actor, ScenarioCommand command, @Nullable Instant at, StepArguments arguments)
    implements Step {}
