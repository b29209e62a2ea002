package org.atelier.core.payment.internal;

import org.atelier.core.payment.Allocation;
import org.atelier.core.payment.AllocationTrace;
import org.atelier.spi.Money;

/**
 * How the platform's settlement of a dispute divides what a frozen escrow holds:
 * {@code toRequesterPercent} of it back to the requester, the rest paid out like a milestone.
 * The division is by largest remainder over the weights {@code [p, 100 − p]}, so the two
 * parts sum to what escrow holds and a leftover unit goes to the larger remainder (the
 * requester on a tie). The payment model and the workflow both settle with it.
 *
 * @param refund the requester's part
 * @param payout the part paid out by the split policy
 * @param allocation the working of the division, for explanations
 */
public record SettlementShares(Money refund, Money payout, AllocationTrace allocation) {

  /**
   * Divides what escrow holds.
   *
   * @param held what escrow holds, not negative
   * @param toRequesterPercent the whole percent refunded to the requester, already checked to be 0 to 100
   * @return the two parts and their working
   */
  public static SettlementShares of(Money held, int toRequesterPercent) {
    AllocationTrace halves = Allocation.trace(held.minorUnits(), new long[] {toRequesterPercent,
        100 - toRequesterPercent});
    return new SettlementShares(new Money(held.currency(), halves.parts().get(0)),
        new Money(held.currency(), halves.parts().get(1)), halves);
  }
}
