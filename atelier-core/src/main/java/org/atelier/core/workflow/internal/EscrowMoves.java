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
import org.atelier.core.payment.Posting;
import org.atelier.core.payment.Split;
import org.atelier.core.payment.SplitContext;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.LedgerPosted;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;

/**
 * The escrow's money movements as events: each is one balanced ledger transaction with the
 * payment instructions that carry it out. Ids and idempotency keys are derived from the task
 * and the purpose only ({@code t1/fund}, {@code t1/m1/release/intern}), so a retried command
 * produces the same keys and the gateway never pays twice.
 */
final class EscrowMoves {
  private EscrowMoves() {}

  static List<InternshipEvent> fund(InternshipState s, Instant at) {
    Money budget = s.task().budget();
    String requester = s.task().requester().value();
    String id = s.taskId + "/fund";
    String memo = s.taskId + " escrow funded";
    return List.of(LedgerPosted.of(
        new LedgerTransaction(id, at, s.taskId, memo,
            List.of(new Posting(AccountId.of(requester), budget.negate()), new Posting(s.escrowAccount(), budget))),
        List.of(new PaymentInstruction(id, PaymentKind.FUND_ESCROW, requester, s.escrowAccount().value(), budget,
            s.taskId, memo))));
  }

  /**
   * Pays an amount out of escrow like a milestone: the policy's fee to the platform, the
   * mentor's share to the mentor, and the rest to whoever did the work (the mentor after a
   * takeover). A bonus of the policy is paid by the requester on top.
   */
  static List<InternshipEvent> release(InternshipState s, String purpose, Money amount, SplitContext context,
      SplitPolicy policy, Instant at) {
    if (amount.isZero()) {
      return List.of();
    }
    PersonId mentor = s.mentor;
    PersonId worker = s.worker();
    if (mentor == null || worker == null) {
      throw new IllegalStateException("task " + s.taskId + " has nobody to pay for " + purpose);
    }
    Split split = policy.split(amount, context);
    String id = s.taskId + "/" + purpose + "/release";
    Map<String, Money> credits = new TreeMap<>();
    List<PaymentInstruction> instructions = new ArrayList<>();
    pay(credits, instructions, s, id, purpose, "platform", AccountId.platform().value(), split.platform());
    pay(credits, instructions, s, id, purpose, "mentor", mentor.value(), split.mentor());
    pay(credits, instructions, s, id, purpose, mentor.equals(worker) ? "takeover" : "intern", worker.value(),
        split.intern());
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(s.escrowAccount(), amount.negate()));
    credits.forEach((account, value) -> postings.add(new Posting(AccountId.of(account), value)));
    List<InternshipEvent> events = new ArrayList<>();
    events.add(LedgerPosted.of(new LedgerTransaction(id, at, s.taskId, s.taskId + "/" + purpose + " released",
        postings), instructions));
    if (!split.bonus().isZero()) {
      String requester = s.task().requester().value();
      String bonusId = s.taskId + "/" + purpose + "/bonus";
      String memo = s.taskId + "/" + purpose + " bonus";
      events.add(LedgerPosted.of(new LedgerTransaction(bonusId, at, s.taskId, memo,
          List.of(new Posting(AccountId.of(requester), split.bonus().negate()),
              new Posting(AccountId.of(worker.value()), split.bonus()))),
          List.of(new PaymentInstruction(bonusId, PaymentKind.PAYOUT, requester, worker.value(), split.bonus(),
              s.taskId, memo))));
    }
    return events;
  }

  /** Returns an amount of escrow to the requester. */
  static List<InternshipEvent> refund(InternshipState s, String purpose, Money amount, Instant at) {
    if (amount.isZero()) {
      return List.of();
    }
    String requester = s.task().requester().value();
    String id = s.taskId + "/" + purpose + "/refund";
    String memo = s.taskId + " " + purpose + " refund";
    return List.of(LedgerPosted.of(
        new LedgerTransaction(id, at, s.taskId, memo,
            List.of(new Posting(s.escrowAccount(), amount.negate()), new Posting(AccountId.of(requester), amount))),
        List.of(new PaymentInstruction(id, PaymentKind.REFUND, s.escrowAccount().value(), requester, amount,
            s.taskId, memo))));
  }

  /** Splits the frozen escrow: a percentage back to the requester, the rest paid out like a milestone. */
  static List<InternshipEvent> settle(InternshipState s, int toRequesterPercent, SplitPolicy policy, Instant at) {
    Money frozen = s.escrow();
    if (frozen.isZero()) {
      return List.of();
    }
    List<Money> parts = Allocation.largestRemainder(frozen, List.of((long) toRequesterPercent,
        (long) (100 - toRequesterPercent)));
    List<InternshipEvent> events = new ArrayList<>(refund(s, "dispute", parts.get(0), at));
    events.addAll(release(s, "dispute", parts.get(1),
        SplitContext.none().withMentorTookOver(s.mentorTookOver), policy, at));
    return events;
  }

  private static void pay(Map<String, Money> credits, List<PaymentInstruction> instructions, InternshipState s,
      String id, String purpose, String role, String account, Money value) {
    if (value.isZero()) {
      return;
    }
    credits.merge(account, value, Money::plus);
    instructions.add(new PaymentInstruction(id + "/" + role, PaymentKind.PAYOUT, s.escrowAccount().value(), account,
        value, s.taskId, s.taskId + "/" + purpose + " " + role + " share"));
  }
}
