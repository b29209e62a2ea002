package org.atelier.core.payment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.Split;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * The rule for one payout out of escrow (a milestone's release, a settlement, the release
 * of what is left): who receives which amount. It is the one source of that rule for the
 * payment model and the workflow.
 *
 * <ul>
 *   <li>from escrow, in this order: {@code refund} back to the requester, the split's fee to
 *       the platform, the mentor's share to the mentor, and the intern's share to the worker
 *       (the intern, or the mentor after a takeover);
 *   <li>without a worker, the intern's share goes back to the requester with the refund;
 *   <li>the split's bonus is a second movement, from the requester to the worker, and only
 *       when there is a worker.
 * </ul>
 *
 * <p>What leaves escrow is {@code refund + split.total()}, so {@link #paid()} plus
 * {@link #refunded()} is exactly that. Zero parts move nothing. The caller names the
 * transactions ({@link Disbursement#transaction}) and writes their memos.
 */
public final class EscrowPayout {
  private final Disbursement fromEscrow;
  private final @Nullable Disbursement bonus;
  private final long paid;
  private final long refunded;

  private EscrowPayout(Disbursement fromEscrow, @Nullable Disbursement bonus, long paid, long refunded) {
    this.fromEscrow = fromEscrow;
    this.bonus = bonus;
    this.paid = paid;
    this.refunded = refunded;
  }

  /**
   * Lays out one payout.
   *
   * @param task the task's id
   * @param milestone the milestone's id, or {@link PayoutKey#WHOLE_ESCROW}
   * @param requester the requester, who receives refunds and pays the bonus
   * @param mentor the mentor
   * @param worker who earns the intern's share, or {@code null} if nobody does
   * @param refund what goes back to the requester besides the split, not negative
   * @param split the policy's split of the amount paid out
   * @param noteTakeover whether the memo of an intern's share paid to the mentor says so
   *     ({@code "t1/m1 intern share to the mentor (takeover)"}); the workflow's do, the escrow model's do not
   * @return the payout
   */
  public static EscrowPayout of(String task, String milestone, String requester, String mentor,
      @Nullable String worker, Money refund, Split split, boolean noteTakeover) {
    Money workerRefund = worker != null ? Money.zero(refund.currency()) : split.intern();
    Money refundTotal = refund.plus(workerRefund);
    Disbursement fromEscrow = new Disbursement(task, milestone, AccountId.escrow(task).value())
        .pay(requester, refundTotal, PayoutPurpose.REFUND, PaymentKind.REFUND)
        .pay(AccountId.platform().value(), split.platform(), PayoutPurpose.PLATFORM_FEE, PaymentKind.PAYOUT)
        .pay(mentor, split.mentor(), PayoutPurpose.MENTOR_SHARE, PaymentKind.PAYOUT);
    @Nullable Disbursement bonus = null;
    if (worker != null) {
      if (noteTakeover && worker.equals(mentor)) {
        fromEscrow.pay(worker, split.intern(), PayoutPurpose.INTERN_SHARE, PaymentKind.PAYOUT,
            fromEscrow.label() + " intern share to the mentor (takeover)");
      } else {
        fromEscrow.pay(worker, split.intern(), PayoutPurpose.INTERN_SHARE, PaymentKind.PAYOUT);
      }
      if (!split.bonus().isZero()) {
        bonus = new Disbursement(task, milestone, requester)
            .pay(worker, split.bonus(), PayoutPurpose.BONUS, PaymentKind.PAYOUT);
      }
    }
    return new EscrowPayout(fromEscrow, bonus, split.total().minorUnits() - workerRefund.minorUnits(),
        refundTotal.minorUnits());
  }

  /**
   * The movement out of escrow: the refund and the split's parts.
   *
   * @return the disbursement from {@code escrow:TASK}; {@link Disbursement#isEmpty() empty} if every part is zero
   */
  public Disbursement fromEscrow() {
    return fromEscrow;
  }

  /**
   * The requester's bonus to the worker.
   *
   * @return the disbursement from the requester, or empty if there is no bonus or no worker
   */
  public Optional<Disbursement> bonus() {
    return Optional.ofNullable(bonus);
  }

  /**
   * Every instruction: those out of escrow, then the bonus's.
   *
   * @return the instructions, in order
   */
  public List<PaymentInstruction> instructions() {
    List<PaymentInstruction> all = new ArrayList<>(fromEscrow.instructions());
    if (bonus != null) {
      all.addAll(bonus.instructions());
    }
    return List.copyOf(all);
  }

  /**
   * What leaves escrow to the platform, the mentor and the worker.
   *
   * @return minor units; the split's total less any intern's share refunded
   */
  public long paid() {
    return paid;
  }

  /**
   * What leaves escrow back to the requester.
   *
   * @return minor units; the refund plus any intern's share with nobody to earn it
   */
  public long refunded() {
    return refunded;
  }
}
