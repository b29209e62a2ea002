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
import org.atelier.core.workflow.internal.InternshipEvent.PaymentInstructed;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;

/**
 * The escrow's money movements as events: each is one balanced ledger transaction and the
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
    return List.of(
        new LedgerPosted(new LedgerTransaction(id, at, s.taskId, s.taskId + " escrow funded",
            List.of(new Posting(AccountId.of(requester), budget.negate()), new Posting(s.escrowAccount(), budget))), at),
        new PaymentInstructed(new PaymentInstruction(id, PaymentKind.FUND_ESCROW, requester,
            s.escrowAccount().value(), budget, s.taskId, s.taskId + " escrow funded"), at));
  }

  /**
   * Pays an amount out of escrow like a milestone: the policy's fee to the platform, the
   * mentor's share to the mentor, and the rest to whoever did the work.
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
    Map<String, Money> credits = new TreeMap<>();
    List<Part> parts = new ArrayList<>();
    credit(credits, parts, "platform", AccountId.platform().value(), split.platform());
    credit(credits, parts, "mentor", mentor.value(), split.mentor());
    credit(credits, parts, mentor.equals(worker) ? "mentor-as-worker" : "intern", worker.value(), split.intern());
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(s.escrowAccount(), amount.negate()));
    List<InternshipEvent> instructions = new ArrayList<>();
    String id = s.taskId + "/" + purpose + "/release";
    for (Part part : parts) {
      instructions.add(new PaymentInstructed(new PaymentInstruction(id + "/" + part.role(), PaymentKind.PAYOUT,
          s.escrowAccount().value(), part.account(), part.value(), s.taskId,
          s.taskId + "/" + purpose + " " + part.role() + " share"), at));
    }
    credits.forEach((account, value) -> postings.add(new Posting(AccountId.of(account), value)));
    List<InternshipEvent> events = new ArrayList<>();
    events.add(new LedgerPosted(new LedgerTransaction(id, at, s.taskId, s.taskId + "/" + purpose + " released",
        postings), at));
    events.addAll(instructions);
    if (!split.bonus().isZero()) {
      String requester = s.task().requester().value();
      String bonusId = s.taskId + "/" + purpose + "/bonus";
      events.add(new LedgerPosted(new LedgerTransaction(bonusId, at, s.taskId, s.taskId + "/" + purpose + " bonus",
          List.of(new Posting(AccountId.of(requester), split.bonus().negate()),
              new Posting(AccountId.of(worker.value()), split.bonus()))), at));
      events.add(new PaymentInstructed(new PaymentInstruction(bonusId, PaymentKind.PAYOUT, requester,
          worker.value(), split.bonus(), s.taskId, s.taskId + "/" + purpose + " bonus"), at));
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
    return List.of(
        new LedgerPosted(new LedgerTransaction(id, at, s.taskId, s.taskId + " " + purpose + " refund",
            List.of(new Posting(s.escrowAccount(), amount.negate()), new Posting(AccountId.of(requester), amount))),
            at),
        new PaymentInstructed(new PaymentInstruction(id, PaymentKind.REFUND, s.escrowAccount().value(), requester,
            amount, s.taskId, s.taskId + " " + purpose + " refund"), at));
  }

  /** Splits the frozen escrow: a percentage back to the requester, the rest paid out like a milestone. */
  static List<InternshipEvent> settle(InternshipState s, int toRequesterPercent, SplitPolicy policy, Instant at) {
    Money frozen = s.escrow();
    List<Money> parts = Allocation.largestRemainder(frozen, List.of((long) toRequesterPercent,
        (long) (100 - toRequesterPercent)));
    List<InternshipEvent> events = new ArrayList<>(refund(s, "dispute", parts.get(0), at));
    events.addAll(release(s, "dispute", parts.get(1),
        SplitContext.none().withMentorTookOver(s.mentorTookOver), policy, at));
    return events;
  }

  private static void credit(Map<String, Money> credits, List<Part> parts, String role, String account,
      Money value) {
    if (value.isZero()) {
      return;
    }
    credits.merge(account, value, Money::plus);
    parts.add(new Part(role, account, value));
  }

  /** One recipient's part of a release. */
  private record Part(String role, String account, Money value) {}
}
