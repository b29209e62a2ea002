package org.atelier.core.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a transition table: in state {@code from}, when {@code trigger} happens and
 * {@code guard} holds, the machine moves to {@code to}.
 *
 * @param <S> the status type
 * @param from the state before, or {@code null} for the trigger that creates the entity
 * @param trigger the command or time rule
 * @param guard the condition that selects this row among rows with the same state and trigger
 * @param to the state after
 * @since 0.1
 */
public record Transition<S extends Enum<S>>(@Nullable S from, Trigger trigger, Guard guard, S to) {
  /**
   * Checks the parts.
   *
   * @param from the state before, or {@code null}
   * @param trigger the trigger
   * @param guard the guard
   * @param to the state after
   */
  public Transition {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(to, "to");
  }

  /**
   * The row's label in a diagram: the trigger's name, {@code (timer)} for a time rule, and
   * the guard in brackets, such as {@code acceptPlan [escrow funded]}.
   *
   * @return the label
   */
  public String label() {
    String label = trigger.label() + (trigger instanceof TimeRule ? " (timer)" : "");
    return guard == Guard.ALWAYS ? label : label + " [" + guard.description() + "]";
  }
}
