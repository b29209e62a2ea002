package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.model.PersonId;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.Split;
import org.atelier.core.payment.SplitContext;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.payment.internal.Disbursement;
import org.atelier.core.payment.internal.EscrowPayout;
import org.atelier.core.payment.internal.SettlementShares;
import org.atelier.core.workflow.internal.InternshipEvent.LedgerPosted;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentKind;

/**
 * The escrow's money movements as events: each is one balanced ledger transaction with the
 * payment instructions that carry it out.
 *
 * <p>The money rules are the payment module's, shared with {@code Escrow}: postings and their
 * mirrored instructions come from {@link Disbursement}, who receives what in a payout from
 * {@link EscrowPayout}, and a settlement's division from {@link SettlementShares}. This class
 * only chooses the workflow's transaction ids, memos and posting order (credits by account),
 * which stored events and ledgers already carry and so must not change.
 *
 * <p>Idempotency keys are {@link PayoutKey}s, {@code TASK/MILESTONE/PARTY/PURPOSE}; transaction
 * ids are {@code TASK/MILESTONE/OPERATION}. The milestone part is the milestone's id for a
 * milestone's release ({@code t1/m1/int-1/intern-share}, {@code t1/m1/release}) and
 * {@link PayoutKey#WHOLE_ESCROW} ({@code *}) for movements of the whole escrow: funding
 * (<code>t1/&#42;/fund</code>), the refund on cancellation (<code>t1/&#42;/refund</code>), a settlement
 * (<code>t1/&#42;/settle</code>) and the release of what is left on acceptance (<code>t1/&#42;/release</code>).
 * Ids cannot contain {@code *} or {@code /}, so no milestone, whatever its id, can produce the
 * key or id of another movement. Within one internship's life every key and every id is
 * unique: a milestone is approved at most once, purposes differ within a movement, and the
 * three whole-escrow endings (acceptance, cancellation, settlement) exclude one another
 * because each ends the internship. A retried command produces the same keys, so the gateway
 * never pays twice.
 */
final class EscrowMoves {
  private static final String FUND = "fund";
  private static final String RELEASE = "release";
  private static final String BONUS = "bonus";
  private static final String REFUND = "refund";
  private static final String SETTLE = "settle";

  private EscrowMoves() {}

  /** The requester moves the whole budget into escrow. */
  static List<InternshipEvent> fund(InternshipState s, Instant at) {
    String memo = s.taskId + " escrow funded";
    Disbursement d = new Disbursement(s.taskId, PayoutKey.WHOLE_ESCROW, requester(s))
        .pay(s.escrowAccount().value(), s.task().budget(), PayoutPurpose.FUNDING, PaymentKind.FUND_ESCROW, memo);
    return List.of(LedgerPosted.of(d.transaction(FUND, at, memo), d.instructions()));
  }

  /** Pays one approved milestone's amount out of escrow; see {@link #payOut}. */
  static List<InternshipEvent> releaseMilestone(InternshipState s, String milestone, Money amount,
      SplitContext context, SplitPolicy policy, Instant at) {
    return payOut(s, milestone, RELEASE, Money.zero(amount.currency()), amount, context, policy, at);
  }

  /** Pays what escrow still holds when the requester accepts the delivery; see {@link #payOut}. */
  static List<InternshipEvent> releaseRest(InternshipState s, SplitContext context, SplitPolicy policy, Instant at) {
    return payOut(s, PayoutKey.WHOLE_ESCROW, RELEASE, Money.zero(s.escrow().currency()), s.escrow(), context,
        policy, at);
  }

  /** Returns everything escrow holds to the requester, on cancellation. */
  static List<InternshipEvent> refundRest(InternshipState s, Instant at) {
    Money amount = s.escrow();
    if (amount.isZero()) {
      return List.of();
    }
    String memo = s.taskId + " cancelled: unearned escrow refunded";
    Disbursement d = new Disbursement(s.taskId, PayoutKey.WHOLE_ESCROW, s.escrowAccount().value())
        .pay(requester(s), amount, PayoutPurpose.REFUND, PaymentKind.REFUND, memo);
    return List.of(LedgerPosted.of(d.transaction(REFUND, at, memo), d.instructions()));
  }

  /**
   * Splits the frozen escrow by the platform's decision, in one transaction: a percentage
   * ({@link SettlementShares}) back to the requester, the rest paid out like a milestone.
   */
  static List<InternshipEvent> settle(InternshipState s, int toRequesterPercent, SplitPolicy policy, Instant at) {
    SettlementShares shares = SettlementShares.of(s.escrow(), toRequesterPercent);
    return payOut(s, PayoutKey.WHOLE_ESCROW, SETTLE, shares.refund(), shares.payout(),
        SplitContext.none().withMentorTookOver(s.mentorTookOver), policy, at);
  }

  /**
   * One transaction out of escrow: {@code refund} back to the requester, and {@code amount}
   * split by the policy among the platform, the mentor and whoever did the work (the mentor
   * after a takeover), by {@link EscrowPayout}. A bonus of the policy is a second
   * transaction, paid by the requester. Nothing when both amounts are zero.
   */
  private static List<InternshipEvent> payOut(InternshipState s, String milestone, String operation, Money refund,
      Money amount, SplitContext context, SplitPolicy policy, Instant at) {
    if (refund.isZero() && amount.isZero()) {
      return List.of();
    }
    PersonId mentor = s.mentor;
    PersonId worker = s.worker();
    // Money leaves escrow only once a mentor planned the work (they are never removed), and
    // a non-zero payout only while someone does the work; anything else is a workflow bug.
    if (mentor == null || (worker == null && !amount.isZero())) {
      throw new IllegalStateException("task " + s.taskId + " has nobody to pay for "
          + (PayoutKey.WHOLE_ESCROW.equals(milestone) ? s.taskId : s.taskId + "/" + milestone));
    }
    Money zero = Money.zero(amount.currency());
    Split split = amount.isZero() ? new Split(zero, zero, zero) : policy.split(amount, context);
    EscrowPayout payout = EscrowPayout.of(s.taskId, milestone, requester(s), mentor.value(),
        worker == null ? null : worker.value(), refund, split, true);
    Disbursement fromEscrow = payout.fromEscrow();
    List<InternshipEvent> events = new ArrayList<>();
    events.add(LedgerPosted.of(fromEscrow.transactionByAccount(operation, at, fromEscrow.label() + " " + operation),
        fromEscrow.instructions()));
    payout.bonus().ifPresent(bonus -> events.add(LedgerPosted.of(bonus.transaction(BONUS, at,
        bonus.label() + " " + BONUS), bonus.instructions())));
    return events;
  }

  private static String requester(InternshipState s) {
    return s.task().requester().value();
  }
}
