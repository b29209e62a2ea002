package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.core.model.PersonId;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.Allocation;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.Posting;
import org.atelier.core.payment.Split;
import org.atelier.core.payment.SplitContext;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.LedgerPosted;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * The escrow's money movements as events: each is one balanced ledger transaction with the
 * payment instructions that carry it out.
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
    Money budget = s.task().budget();
    String requester = s.task().requester().value();
    String memo = s.taskId + " escrow funded";
    return List.of(LedgerPosted.of(
        new LedgerTransaction(transactionId(s, PayoutKey.WHOLE_ESCROW, FUND), at, s.taskId, memo,
            List.of(new Posting(AccountId.of(requester), budget.negate()), new Posting(s.escrowAccount(), budget))),
        List.of(new PaymentInstruction(key(s, PayoutKey.WHOLE_ESCROW, requester, PayoutPurpose.FUNDING),
            PaymentKind.FUND_ESCROW, requester, s.escrowAccount().value(), budget, s.taskId, memo))));
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
    String requester = s.task().requester().value();
    String memo = s.taskId + " cancelled: unearned escrow refunded";
    return List.of(LedgerPosted.of(
        new LedgerTransaction(transactionId(s, PayoutKey.WHOLE_ESCROW, REFUND), at, s.taskId, memo,
            List.of(new Posting(s.escrowAccount(), amount.negate()), new Posting(AccountId.of(requester), amount))),
        List.of(new PaymentInstruction(key(s, PayoutKey.WHOLE_ESCROW, requester, PayoutPurpose.REFUND),
            PaymentKind.REFUND, s.escrowAccount().value(), requester, amount, s.taskId, memo))));
  }

  /**
   * Splits the frozen escrow by the platform's decision, in one transaction: a percentage
   * (largest remainder over {@code [p, 100 - p]}) back to the requester, the rest paid out
   * like a milestone.
   */
  static List<InternshipEvent> settle(InternshipState s, int toRequesterPercent, SplitPolicy policy, Instant at) {
    Money frozen = s.escrow();
    List<Money> parts = Allocation.largestRemainder(frozen, List.of((long) toRequesterPercent,
        (long) (100 - toRequesterPercent)));
    return payOut(s, PayoutKey.WHOLE_ESCROW, SETTLE, parts.get(0), parts.get(1),
        SplitContext.none().withMentorTookOver(s.mentorTookOver), policy, at);
  }

  /**
   * One transaction out of escrow: {@code refund} back to the requester, and {@code amount}
   * split by the policy (the fee to the platform, the mentor's share to the mentor, the rest
   * to whoever did the work, the mentor after a takeover). A bonus of the policy is a second
   * transaction, paid by the requester. Nothing when both amounts are zero.
   */
  private static List<InternshipEvent> payOut(InternshipState s, String milestone, String operation, Money refund,
      Money amount, SplitContext context, SplitPolicy policy, Instant at) {
    if (refund.isZero() && amount.isZero()) {
      return List.of();
    }
    String what = PayoutKey.WHOLE_ESCROW.equals(milestone) ? s.taskId : s.taskId + "/" + milestone;
    String requester = s.task().requester().value();
    Map<String, Money> credits = new TreeMap<>();
    List<PaymentInstruction> instructions = new ArrayList<>();
    pay(credits, instructions, s, milestone, requester, refund, PayoutPurpose.REFUND, PaymentKind.REFUND,
        what + " refund");
    @Nullable Split split = null;
    @Nullable PersonId worker = null;
    if (!amount.isZero()) {
      PersonId mentor = s.mentor;
      worker = s.worker();
      if (mentor == null || worker == null) {
        throw new IllegalStateException("task " + s.taskId + " has nobody to pay for " + what);
      }
      split = policy.split(amount, context);
      pay(credits, instructions, s, milestone, AccountId.platform().value(), split.platform(),
          PayoutPurpose.PLATFORM_FEE, PaymentKind.PAYOUT, what + " platform fee");
      pay(credits, instructions, s, milestone, mentor.value(), split.mentor(), PayoutPurpose.MENTOR_SHARE,
          PaymentKind.PAYOUT, what + " mentor share");
      pay(credits, instructions, s, milestone, worker.value(), split.intern(), PayoutPurpose.INTERN_SHARE,
          PaymentKind.PAYOUT, what + (mentor.equals(worker) ? " intern share to the mentor (takeover)"
              : " intern share"));
    }
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(s.escrowAccount(), refund.plus(amount).negate()));
    credits.forEach((account, value) -> postings.add(new Posting(AccountId.of(account), value)));
    List<InternshipEvent> events = new ArrayList<>();
    events.add(LedgerPosted.of(new LedgerTransaction(transactionId(s, milestone, operation), at, s.taskId,
        what + " " + operation, postings), instructions));
    if (split != null && worker != null && !split.bonus().isZero()) {
      String memo = what + " bonus";
      events.add(LedgerPosted.of(new LedgerTransaction(transactionId(s, milestone, BONUS), at, s.taskId, memo,
          List.of(new Posting(AccountId.of(requester), split.bonus().negate()),
              new Posting(AccountId.of(worker.value()), split.bonus()))),
          List.of(new PaymentInstruction(key(s, milestone, worker.value(), PayoutPurpose.BONUS), PaymentKind.PAYOUT,
              requester, worker.value(), split.bonus(), s.taskId, memo))));
    }
    return events;
  }

  private static void pay(Map<String, Money> credits, List<PaymentInstruction> instructions, InternshipState s,
      String milestone, String account, Money value, PayoutPurpose purpose, PaymentKind kind, String memo) {
    if (value.isZero()) {
      return;
    }
    credits.merge(account, value, Money::plus);
    instructions.add(new PaymentInstruction(key(s, milestone, account, purpose), kind, s.escrowAccount().value(),
        account, value, s.taskId, memo));
  }

  private static String key(InternshipState s, String milestone, String party, PayoutPurpose purpose) {
    return new PayoutKey(s.taskId, milestone, party, purpose).value();
  }

  /**
   * {@code TASK/MILESTONE/OPERATION}. Task and milestone ids match the id syntax (letters,
   * digits, {@code . _ -}), so they need no encoding and never contain {@code *}.
   */
  private static String transactionId(InternshipState s, String milestone, String operation) {
    return s.taskId + "/" + milestone + "/" + operation;
  }
}
