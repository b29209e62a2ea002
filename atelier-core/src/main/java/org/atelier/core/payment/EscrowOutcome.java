package org.atelier.core.payment;

import java.util.List;
import java.util.Objects;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * What one {@link Escrow} operation implies: the new escrow, the balanced ledger
 * transactions to record, the payment instructions to send through the outbox, and the
 * explanations of any payouts. The workflow records the transactions and instructions in
 * the same append as its own events.
 *
 * @param escrow the escrow after the operation
 * @param transactions the ledger transactions, in order; empty when no money moves
 * @param instructions the payment instructions, in order; empty when no money moves
 * @param explanations one per payout (milestone release or settlement); usually empty or one
 * @since 0.1
 */
public record EscrowOutcome(Escrow escrow, List<LedgerTransaction> transactions,
    List<PaymentInstruction> instructions, List<PayoutExplanation> explanations) {
  /**
   * Copies the lists.
   *
   * @param escrow the escrow
   * @param transactions the transactions
   * @param instructions the instructions
   * @param explanations the explanations
   */
  public EscrowOutcome {
    Objects.requireNonNull(escrow, "escrow");
    transactions = List.copyOf(transactions);
    instructions = List.copyOf(instructions);
    explanations = List.copyOf(explanations);
  }
}
