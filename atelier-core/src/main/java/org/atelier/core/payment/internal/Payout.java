package org.atelier.core.payment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.payment.EscrowParties;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutExplanation;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.SplitExplanation;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The movements of one payout out of escrow (a milestone's release or a settlement), as the
 * escrow model records them: the transactions, the instructions mirroring them, the
 * explanation, and the units paid out and refunded, for the escrow's totals. Who receives
 * what is {@link EscrowPayout}'s rule; this names the transactions and explains the payout.
 *
 * @param transactions the release or settlement transaction, then the bonus transaction, if any
 * @param instructions the instructions mirroring them
 * @param explanation why the payout paid what it paid
 * @param paid the units paid out of escrow to the platform, the mentor and the worker
 * @param refunded the units refunded out of escrow to the requester
 */
record Payout(List<LedgerTransaction> transactions, List<PaymentInstruction> instructions,
    PayoutExplanation explanation, long paid, long refunded) {

  /**
   * Builds a payout.
   *
   * @param task the task
   * @param milestone the milestone's id, or {@code "settlement"}
   * @param keyMilestone the milestone part of keys and ids ({@link PayoutKey#WHOLE_ESCROW} for a settlement)
   * @param parties who is paid
   * @param worker who gets the intern's part, or {@code null} to refund it to the requester
   * @param amount the amount split
   * @param split the policy's split of {@code amount}
   * @param rounding how {@code amount} was derived
   * @param refund what goes back to the requester besides the split
   * @param at when
   */
  static Payout of(String task, String milestone, String keyMilestone, EscrowParties parties, @Nullable String worker,
      Money amount, SplitExplanation split, String rounding, Money refund, Instant at) {
    EscrowPayout payout = EscrowPayout.of(task, keyMilestone, parties.requester(), parties.mentor(), worker, refund,
        split.split(), false);
    List<LedgerTransaction> txs = new ArrayList<>();
    String operation = PayoutKey.WHOLE_ESCROW.equals(keyMilestone) ? "settle" : "release";
    if (!payout.fromEscrow().isEmpty()) {
      txs.add(payout.fromEscrow().transaction(operation, at, operation + " " + task + "/" + milestone + " by "
          + split.policy()));
    }
    payout.bonus().ifPresent(bonus -> txs.add(bonus.transaction("bonus", at, "on-time bonus " + task + "/" + milestone)));
    List<PaymentInstruction> instructions = payout.instructions();
    PayoutExplanation explanation = new PayoutExplanation(task, milestone, amount, rounding, split, instructions);
    return new Payout(List.copyOf(txs), instructions, explanation, payout.paid(), payout.refunded());
  }
}
