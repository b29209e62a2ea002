package org.atelier.core.payment.internal;

import java.util.List;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutExplanation;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * What one transition of an {@link EscrowState} implies: the state after it, and the ledger
 * transactions, payment instructions and payout explanations it produced. The public
 * {@code Escrow} turns it into an {@code EscrowOutcome}, which copies the lists; a step is
 * consumed at once and never kept.
 *
 * @param state the state after the transition
 * @param transactions the ledger transactions, in order; empty when no money moves
 * @param instructions the payment instructions, in order; empty when no money moves
 * @param explanations one per payout; usually empty or one
 */
public record EscrowStep(EscrowState state, List<LedgerTransaction> transactions,
    List<PaymentInstruction> instructions, List<PayoutExplanation> explanations) {
  /**
   * A step in which no money moves.
   *
   * @param state the state after it
   * @return the step
   */
  static EscrowStep unchangedMoney(EscrowState state) {
    return new EscrowStep(state, List.of(), List.of(), List.of());
  }
}
