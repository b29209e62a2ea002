package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.spi.Money;

/**
 * One milestone's money in an {@link Escrow}: its part of the budget and where that part is.
 *
 * @param id the milestone's id
 * @param amount its part of the budget (largest remainder over the shares)
 * @param estimatedHours its estimated hours
 * @param state where its money is
 * @since 0.1
 */
public record EscrowMilestone(String id, Money amount, long estimatedHours, State state) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param amount the amount
   * @param estimatedHours the estimate
   * @param state the state
   */
  public EscrowMilestone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
  }

  /** Where a milestone's money is. */
  public enum State {
    /** Not yet in escrow (per-milestone funding). */
    UNFUNDED,
    /** Held in escrow. */
    FUNDED,
    /** Paid out on approval (or on completion). */
    RELEASED,
    /** Returned to the requester on cancellation, or never funded when the internship ended. */
    REFUNDED,
    /** Divided by the platform's settlement of a dispute. */
    SETTLED
  }
}
