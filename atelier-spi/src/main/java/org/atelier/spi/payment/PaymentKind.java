package org.atelier.spi.payment;

/**
 * What a payment instruction does.
 *
 * @since 0.1
 */
public enum PaymentKind {
  /** Moves a requester's money into a task's escrow. */
  FUND_ESCROW,
  /** Pays an intern, a mentor or the platform out of escrow. */
  PAYOUT,
  /** Returns unearned escrow to the requester. */
  REFUND
}
