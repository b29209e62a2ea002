package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.workflow.Fixture.*;

import org.atelier.core.payment.Ledger;
import org.atelier.core.payment.RevisionScaledSplit;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.junit.jupiter.api.Test;

/** Where the money goes in each way an internship can end; the ledger always sums to zero. */
class MoneyFlowTest {

  private static void balanced(Fixture f) {
    Ledger ledger = f.flow.ledger(Money.currency("USD"));
    long sum = ledger.balances().values().stream().mapToLong(Money::minorUnits).sum();
    assertThat(sum).isZero();
    assertThat(f.balance("escrow:t1")).doesNotStartWith("-");
  }

  @Test
  void cancel_keepsApprovedMilestonesPaid_andRefundsTheRest() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.approveMilestone(MEN, T1, M1);
    InternshipView view = f.flow.cancel(REQ, T1);
    assertThat(view.status()).isEqualTo(InternshipStatus.CANCELLED);
    assertThat(view.milestones()).extracting(MilestoneView::status)
        .containsExactly(MilestoneStatus.APPROVED, MilestoneStatus.CANCELLED, MilestoneStatus.CANCELLED);
    assertThat(f.balance("req-1")).isEqualTo("-300.00");
    assertThat(f.balance("escrow:t1")).isEqualTo("0.00");
    assertThat(f.balance("int-1")).isEqualTo("210.00");
    assertThat(f.flow.paymentInstructions()).filteredOn(p -> p.kind() == PaymentKind.REFUND)
        .singleElement().satisfies(p -> {
          assertThat(p.idempotencyKey()).isEqualTo("t1/*/req-1/refund");
          assertThat(p.amount().toDecimalString()).isEqualTo("700.00");
        });
    balanced(f);
  }

  @Test
  void cancelBeforeFunding_movesNoMoney() {
    Fixture f = new Fixture();
    f.flow.postTask(REQ, posting(T1));
    f.flow.cancel(OPS, T1);
    assertThat(f.flow.paymentInstructions()).isEmpty();
  }

  @Test
  void resolveDispute_refundsItsPercent_andPaysTheRestLikeAMilestone() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.approveMilestone(MEN, T1, M1);
    f.flow.openDispute(MEN, T1, "requester changed the scope");
    InternshipView settled = f.flow.resolveDispute(OPS, T1, 40);
    assertThat(settled.status()).isEqualTo(InternshipStatus.SETTLED);
    // 700 frozen: 280 back, 420 paid out as 42 / 84 / 294.
    assertThat(f.balance("req-1")).isEqualTo("-720.00");
    assertThat(f.balance("platform")).isEqualTo("72.00");
    assertThat(f.balance("men-1")).isEqualTo("144.00");
    assertThat(f.balance("int-1")).isEqualTo("504.00");
    assertThat(f.balance("escrow:t1")).isEqualTo("0.00");
    balanced(f);
  }

  @Test
  void withdrawAndReplace_carriesEscrowOver_andPaysTheNewIntern() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.approveMilestone(MEN, T1, M1);
    f.flow.submitMilestone(INT, T1, M2, "half done");
    InternshipView waiting = f.flow.withdrawIntern(INT, T1);
    assertThat(waiting.status()).isEqualTo(InternshipStatus.AWAITING_INTERN);
    assertThat(waiting.milestone(M2).orElseThrow().status()).isEqualTo(MilestoneStatus.PLANNED);
    assertThat(f.flow.replaceIntern(REQ, T1, INT2).status()).isEqualTo(InternshipStatus.IN_PROGRESS);
    f.flow.submitMilestone(INT2, T1, M2, "");
    f.flow.approveMilestone(MEN, T1, M2);
    assertThat(f.balance("int-1")).isEqualTo("210.00");
    assertThat(f.balance("int-2")).isEqualTo("210.00");
    assertThat(f.balance("escrow:t1")).isEqualTo("400.00");
    assertThat(f.flow.ofIntern(INT.id())).hasSize(1);
    balanced(f);
  }

  @Test
  void mentorTakeover_letsTheMentorApproveDirectly_andEarnTheInternShare() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.approveMilestone(MEN, T1, M1);
    f.flow.withdrawIntern(OPS, T1);
    f.flow.mentorTakeover(MEN, T1);
    f.flow.approveMilestone(MEN, T1, M2);
    f.flow.approveMilestone(MEN, T1, M3);
    assertThat(f.flow.deliverToRequester(MEN, T1, "").status()).isEqualTo(InternshipStatus.DELIVERED);
    f.flow.acceptDelivery(REQ, T1);
    // m2 + m3 = 700: the mentor earns 20 % + 70 % of it.
    assertThat(f.balance("men-1")).isEqualTo("690.00");
    assertThat(f.balance("int-1")).isEqualTo("210.00");
    assertThat(f.balance("platform")).isEqualTo("100.00");
    assertThat(f.flow.paymentInstructions()).extracting(PaymentInstruction::idempotencyKey)
        .contains("t1/m2/men-1/intern-share", "t1/m2/men-1/mentor-share");
    balanced(f);
  }

  @Test
  void milestoneAmounts_addUpToTheBudgetExactly() {
    Fixture f = new Fixture();
    f.flow.postTask(REQ, org.atelier.core.model.TaskPosting.of(T1, "Odd", Money.parse("0.10", "USD"), DEADLINE,
        java.util.List.of()));
    f.flow.chooseMentor(REQ, T1, MEN);
    InternshipView view = f.flow.proposePlan(MEN, T1, plan());
    assertThat(view.milestones()).extracting(m -> m.amount().minorUnits()).containsExactly(3L, 3L, 4L);
  }

  @Test
  void aHostSplitPolicy_replacesTheFixedSplit() {
    Fixture base = new Fixture();
    org.atelier.core.Atelier atelier = org.atelier.core.Atelier.newBuilder().clock(base.clock).embeddedDefaults()
        .splitPolicy(new org.atelier.core.payment.FixedSplit(0, 50)).build();
    Internships x = atelier.internships();
    x.postTask(REQ, posting(T1));
    x.chooseMentor(REQ, T1, MEN);
    x.proposePlan(MEN, T1, plan());
    x.assignIntern(REQ, T1, INT);
    x.acceptPlan(INT, T1);
    x.fundEscrow(REQ, T1);
    x.submitMilestone(INT, T1, M1, "");
    x.approveMilestone(MEN, T1, M1);
    assertThat(x.ledger(Money.currency("USD")).balance(org.atelier.core.payment.AccountId.of("men-1")))
        .isEqualTo(Money.parse("150.00", "USD"));
    assertThat(RevisionScaledSplit.class).isNotNull();
  }
}
