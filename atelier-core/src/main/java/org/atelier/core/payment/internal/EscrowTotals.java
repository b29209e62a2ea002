package org.atelier.core.payment.internal;

import org.atelier.core.payment.EscrowStatus;

/**
 * The running totals of one escrow, in minor units of its currency: what was funded, what
 * was released to the platform, the mentor and workers, and what was refunded to the
 * requester. What escrow holds is {@code funded − released − refunded}.
 *
 * @param funded everything moved in
 * @param released everything paid out
 * @param refunded everything returned to the requester
 */
public record EscrowTotals(long funded, long released, long refunded) {
  /** Nothing funded, released or refunded. */
  public static final EscrowTotals EMPTY = new EscrowTotals(0, 0, 0);

  /**
   * What escrow holds.
   *
   * @return {@code funded − released − refunded}
   */
  public long held() {
    return funded - released - refunded;
  }

  /**
   * These totals after a funding.
   *
   * @param units the units moved in
   * @return the new totals
   * @throws ArithmeticException if the total overflows
   */
  public EscrowTotals fund(long units) {
    return new EscrowTotals(Math.addExact(funded, units), released, refunded);
  }

  /**
   * These totals after money left escrow.
   *
   * @param paid the units paid out
   * @param returned the units refunded to the requester
   * @return the new totals
   * @throws ArithmeticException if a total overflows
   */
  public EscrowTotals payOut(long paid, long returned) {
    return new EscrowTotals(funded, Math.addExact(released, paid), Math.addExact(refunded, returned));
  }

  /**
   * Checks the escrow's invariants: it never holds a negative balance, never pays out or
   * refunds more than was funded, is never funded beyond its budget, and holds nothing once ended.
   *
   * @param task the task, for the message
   * @param budget the budget in minor units
   * @param status the escrow's status
   * @throws IllegalStateException if an invariant is broken (a bug, never bad input)
   */
  public void check(String task, long budget, EscrowStatus status) {
    long held = held();
    if (held < 0 || released > funded || refunded > funded || funded > budget || (status.isEnded() && held != 0)) {
      throw new IllegalStateException("escrow invariant broken for task " + task + ": funded " + funded
          + ", released " + released + ", refunded " + refunded + ", status " + status);
    }
  }
}
