package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Instant;
import java.util.List;
import org.atelier.core.Atelier;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.payment.FixedSplit;
import org.atelier.core.payment.Ledger;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.OnTimeBonus;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys ({@code TASK/MILESTONE/PARTY/PURPOSE}) and ledger transaction ids
 * ({@code TASK/MILESTONE/OPERATION}) never collide, whatever the milestones are called:
 * ids such as {@code dispute}, {@code final}, {@code cancel} or {@code fund} are legal and
 * once produced the same key and id as the whole-escrow movements.
 */
class PayoutKeysTest {
  private static final MilestoneId FUND = MilestoneId.of("fund");
  private static final MilestoneId DISPUTE = MilestoneId.of("dispute");
  private static final MilestoneId FINAL = MilestoneId.of("final");
  private static final MilestoneId CANCEL = MilestoneId.of("cancel");
  private static final List<MilestoneId> ALL = List.of(FUND, DISPUTE, FINAL, CANCEL);

  private static List<MilestoneSpec> trickyPlan() {
    return List.of(
        MilestoneSpec.of(FUND, "Fund", 25, Instant.parse("2026-03-09T00:00:00Z"), List.of()),
        MilestoneSpec.of(DISPUTE, "Dispute", 25, Instant.parse("2026-03-12T00:00:00Z"), List.of()),
        MilestoneSpec.of(FINAL, "Final", 25, Instant.parse("2026-03-16T00:00:00Z"), List.of()),
        MilestoneSpec.of(CANCEL, "Cancel", 25, Instant.parse("2026-03-23T00:00:00Z"), List.of()));
  }

  private static Fixture inProgress(Fixture f) {
    f.flow.postTask(REQ, posting(T1));
    f.flow.chooseMentor(REQ, T1, MEN);
    f.flow.proposePlan(MEN, T1, trickyPlan());
    f.flow.assignIntern(REQ, T1, INT);
    f.flow.acceptPlan(INT, T1);
    f.flow.fundEscrow(REQ, T1);
    return f;
  }

  private static void approve(Internships flow, MilestoneId m) {
    flow.submitMilestone(INT, T1, m, "");
    flow.approveMilestone(MEN, T1, m);
  }

  /** Every key and transaction id is distinct, the ledger replays, sums to zero and empties escrow. */
  private static List<String> assertCollisionFree(Internships flow) {
    List<String> keys = flow.paymentInstructions().stream().map(PaymentInstruction::idempotencyKey).toList();
    assertThat(keys).doesNotHaveDuplicates();
    // ledger() replays every transaction; the Ledger refuses a duplicate id with DUPLICATE.
    Ledger ledger = flow.ledger(Money.currency("USD"));
    assertThat(ledger.transactions()).extracting(LedgerTransaction::id).doesNotHaveDuplicates();
    assertThat(ledger.balances().values().stream().mapToLong(Money::minorUnits).sum()).isZero();
    assertThat(ledger.balance(org.atelier.core.payment.AccountId.escrow("t1"))).isEqualTo(Money.parse("0.00", "USD"));
    return keys;
  }

  @Test
  void milestonesNamedLikeWholeEscrowMovements_doNotCollideWithTheDisputeSettlement() {
    Fixture f = inProgress(new Fixture());
    approve(f.flow, DISPUTE);
    approve(f.flow, FUND);
    f.flow.openDispute(REQ, T1, "scope");
    assertThat(f.flow.resolveDispute(OPS, T1, 50).status()).isEqualTo(InternshipStatus.SETTLED);
    List<String> keys = assertCollisionFree(f.flow);
    assertThat(keys).contains("t1/*/req-1/funding", "t1/dispute/int-1/intern-share", "t1/fund/int-1/intern-share",
        "t1/*/req-1/refund", "t1/*/platform/platform-fee", "t1/*/men-1/mentor-share", "t1/*/int-1/intern-share");
    assertThat(f.flow.ledger(Money.currency("USD")).transactions()).extracting(LedgerTransaction::id)
        .containsExactly("t1/*/fund", "t1/dispute/release", "t1/fund/release", "t1/*/settle");
    // 500.00 frozen: 250.00 back, 250.00 paid as 25.00 / 50.00 / 175.00; before that 2 x 250.00 released.
    assertThat(f.balance("req-1")).isEqualTo("-750.00");
    assertThat(f.balance("int-1")).isEqualTo("525.00");
  }

  @Test
  void milestonesNamedLikeWholeEscrowMovements_doNotCollideThroughAcceptDelivery() {
    Fixture f = inProgress(new Fixture());
    ALL.forEach(m -> approve(f.flow, m));
    f.flow.submitFinal(INT, T1, "");
    f.flow.deliverToRequester(MEN, T1, "");
    assertThat(f.flow.acceptDelivery(REQ, T1).status()).isEqualTo(InternshipStatus.COMPLETED);
    List<String> keys = assertCollisionFree(f.flow);
    for (MilestoneId m : ALL) {
      assertThat(keys).contains("t1/" + m + "/platform/platform-fee", "t1/" + m + "/men-1/mentor-share",
          "t1/" + m + "/int-1/intern-share");
    }
    assertThat(f.balance("int-1")).isEqualTo("700.00");
  }

  @Test
  void aMilestoneNamedCancel_doesNotCollideWithTheCancellationRefund() {
    Fixture f = inProgress(new Fixture());
    approve(f.flow, CANCEL);
    f.flow.cancel(REQ, T1);
    List<String> keys = assertCollisionFree(f.flow);
    assertThat(keys).contains("t1/cancel/int-1/intern-share", "t1/*/req-1/refund");
    assertThat(f.balance("req-1")).isEqualTo("-250.00");
  }

  @Test
  void takeoverAndOnTimeBonus_payTheMentorUnderDistinctKeys() {
    Fixture base = new Fixture();
    Atelier atelier = Atelier.newBuilder().clock(base.clock).embeddedDefaults()
        .splitPolicy(new OnTimeBonus(new FixedSplit(10, 20), 5)).build();
    Internships flow = atelier.internships();
    flow.postTask(REQ, posting(T1));
    flow.chooseMentor(REQ, T1, MEN);
    flow.proposePlan(MEN, T1, trickyPlan());
    flow.assignIntern(REQ, T1, INT);
    flow.acceptPlan(INT, T1);
    flow.fundEscrow(REQ, T1);
    approve(flow, FINAL);
    flow.withdrawIntern(OPS, T1);
    flow.mentorTakeover(MEN, T1);
    flow.approveMilestone(MEN, T1, DISPUTE);
    flow.openDispute(REQ, T1, "scope");
    flow.resolveDispute(OPS, T1, 0);
    List<String> keys = assertCollisionFree(flow);
    assertThat(keys).contains("t1/final/int-1/intern-share", "t1/final/int-1/bonus",
        "t1/dispute/men-1/mentor-share", "t1/dispute/men-1/intern-share", "t1/dispute/men-1/bonus",
        "t1/*/men-1/mentor-share", "t1/*/men-1/intern-share");
  }
}
