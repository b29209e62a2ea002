package org.atelier.core.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * The movements of one payout out of escrow (a milestone's release or a settlement): the
 * transactions, the instructions mirroring them, the explanation, and the units paid out
 * and refunded, for the escrow's totals.
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
    Split parts = split.split();
    // Without a worker (only possible in a settlement) the worker's part goes back to the requester.
    Money workerRefund = worker != null ? Money.zero(amount.currency()) : parts.intern();
    Money refundTotal = refund.plus(workerRefund);
    Disbursement fromEscrow = new Disbursement(task, keyMilestone, AccountId.escrow(task).value())
        .pay(parties.requester(), refundTotal, PayoutPurpose.REFUND, PaymentKind.REFUND)
        .pay(AccountId.platform().value(), parts.platform(), PayoutPurpose.PLATFORM_FEE, PaymentKind.PAYOUT)
        .pay(parties.mentor(), parts.mentor(), PayoutPurpose.MENTOR_SHARE, PaymentKind.PAYOUT);
    if (worker != null) {
      fromEscrow.pay(worker, parts.intern(), PayoutPurpose.INTERN_SHARE, PaymentKind.PAYOUT);
    }
    List<LedgerTransaction> txs = new ArrayList<>();
    List<PaymentInstruction> instructions = new ArrayList<>(fromEscrow.instructions());
    String operation = PayoutKey.WHOLE_ESCROW.equals(keyMilestone) ? "settle" : "release";
    if (!fromEscrow.isEmpty()) {
      txs.add(fromEscrow.transaction(operation, at, operation + " " + task + "/" + milestone + " by "
          + split.policy()));
    }
    if (!parts.bonus().isZero() && worker != null) {
      Disbursement bonus = new Disbursement(task, keyMilestone, parties.requester())
          .pay(worker, parts.bonus(), PayoutPurpose.BONUS, PaymentKind.PAYOUT);
      txs.add(bonus.transaction("bonus", at, "on-time bonus " + task + "/" + milestone));
      instructions.addAll(bonus.instructions());
    }
    PayoutExplanation explanation = new PayoutExplanation(task, milestone, amount, rounding, split, instructions);
    return new Payout(List.copyOf(txs), List.copyOf(instructions), explanation,
        parts.total().minorUnits() - workerRefund.minorUnits(), refundTotal.minorUnits());
  }
}
