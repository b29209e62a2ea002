package org.atelier.core.payment;

import java.util.List;
import java.util.Objects;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * Why a payout paid what it paid: which milestone, how its amount came out of the budget,
 * which policy split it and how the split was rounded, and the instructions that resulted.
 *
 * @param task the task
 * @param milestone the milestone's id, or {@code "settlement"} for a dispute's settlement
 * @param amount the amount released from escrow
 * @param amountRounding how the amount was derived: the milestone's part of the budget's
 *     largest-remainder allocation over the shares, or the settlement's split of the held rest
 * @param split the policy's split of the amount, with its weights, rounding and adjustments
 * @param payouts the instructions paid, one per non-zero part
 * @since 0.1
 */
public record PayoutExplanation(String task, String milestone, Money amount, String amountRounding,
    SplitExplanation split, List<PaymentInstruction> payouts) {
  /**
   * Copies the payouts.
   *
   * @param task the task
   * @param milestone the milestone
   * @param amount the amount
   * @param amountRounding the derivation of the amount
   * @param split the split
   * @param payouts the instructions
   */
  public PayoutExplanation {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(amountRounding, "amountRounding");
    Objects.requireNonNull(split, "split");
    payouts = List.copyOf(payouts);
  }

  /**
   * A readable account, one fact per line: the milestone and amount, the amount's rounding,
   * the policy, the split's rounding, each adjustment and each payout with its key.
   *
   * @return the explanation as text
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(task).append('/').append(milestone).append(": ").append(amount).append(" released\n");
    text.append("  amount: ").append(amountRounding).append('\n');
    text.append("  policy: ").append(split.policy()).append('\n');
    text.append("  split: ").append(split.allocation().describe()).append('\n');
    for (String adjustment : split.adjustments()) {
      text.append("  adjusted: ").append(adjustment).append('\n');
    }
    for (PaymentInstruction payout : payouts) {
      text.append("  ").append(payout.from()).append(" -> ").append(payout.to()).append(' ').append(payout.amount())
          .append(" [").append(payout.idempotencyKey()).append("]\n");
    }
    return text.toString();
  }
}
