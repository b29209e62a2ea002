package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.payment.AllocationTest.assertValidation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.junit.jupiter.api.Test;

/** The scenario contract's numbers and the docs' worked examples, step by step. */
class EscrowTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final List<PlannedMilestone> PLAN =
      List.of(new PlannedMilestone("m1", 30), new PlannedMilestone("m2", 30), new PlannedMilestone("m3", 40));

  static Money usd(String amount) {
    return Money.parse(amount, "USD");
  }

  static Escrow scenario() {
    return Escrow.open("t1", usd("1000.00"), PLAN, new FixedSplit(10, 20),
        new EscrowParties("req-1", "men-1", "int-1"));
  }

  /** Applies outcomes to a ledger, as the workflow and engine do. */
  static final class Books {
    Ledger ledger = Ledger.empty(Money.currency("USD"));
    Escrow escrow;

    Books(Escrow escrow) {
      this.escrow = escrow;
    }

    EscrowOutcome apply(EscrowOutcome outcome) {
      ledger = ledger.recordAll(outcome.transactions());
      escrow = outcome.escrow();
      assertThat(ledger.balance(escrow.escrowAccount())).isEqualTo(escrow.balance());
      return outcome;
    }

    Map<String, String> balances() {
      Map<String, String> printed = new TreeMap<>();
      ledger.balances().forEach((account, money) -> printed.put(account.value(), money.toDecimalString()));
      long sum = ledger.balances().values().stream().mapToLong(Money::minorUnits).sum();
      assertThat(sum).as("balances sum to zero").isZero();
      return printed;
    }
  }

  @Test
  void firstApproval_paysTheScenarioContractsNumbers() {
    Books books = new Books(scenario());
    EscrowOutcome funding = books.apply(books.escrow.fund(T0));
    assertThat(funding.instructions()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(PaymentKind.FUND_ESCROW);
      assertThat(i.from()).isEqualTo("req-1");
      assertThat(i.to()).isEqualTo("escrow:t1");
      assertThat(i.amount()).isEqualTo(usd("1000.00"));
      assertThat(i.idempotencyKey()).isEqualTo("t1/*/req-1/funding");
    });
    assertThat(books.balances()).containsExactlyInAnyOrderEntriesOf(Map.of("req-1", "-1000.00", "escrow:t1", "1000.00"));

    EscrowOutcome approval = books.apply(books.escrow.release("m1", SplitContext.none(), T0.plusSeconds(3600)));
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-1000.00", "escrow:t1", "700.00", "int-1", "210.00",
        "men-1", "60.00", "platform", "30.00"));
    assertThat(approval.instructions()).extracting(PaymentInstruction::idempotencyKey, PaymentInstruction::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t1/m1/platform/platform-fee", usd("30.00")),
            org.assertj.core.groups.Tuple.tuple("t1/m1/men-1/mentor-share", usd("60.00")),
            org.assertj.core.groups.Tuple.tuple("t1/m1/int-1/intern-share", usd("210.00")));
    assertThat(approval.transactions()).singleElement().extracting(LedgerTransaction::id).isEqualTo("t1/m1/release");
    PayoutExplanation why = books.escrow.explanation("m1").orElseThrow();
    assertThat(why.describe()).contains("policy: fixed(fee 10%, mentor 20%)")
        .contains("split: 30000 by [10, 20, 70] / 100: quotients [3000, 6000, 21000], remainders [0, 0, 0], +1 to []")
        .contains("amount: part 0 (share 30) of the budget 1000.00 USD: 100000 by [30, 30, 40] / 100");
  }

  @Test
  void cancellationAfterOneMilestone_refundsTheUnearnedRest() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fund(T0));
    books.apply(books.escrow.release("m1", SplitContext.none(), T0));
    EscrowOutcome cancel = books.apply(books.escrow.cancel(T0.plusSeconds(60)));
    assertThat(cancel.instructions()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(PaymentKind.REFUND);
      assertThat(i.amount()).isEqualTo(usd("700.00"));
      assertThat(i.idempotencyKey()).isEqualTo("t1/*/req-1/refund");
    });
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-300.00", "escrow:t1", "0.00", "int-1", "210.00",
        "men-1", "60.00", "platform", "30.00"));
    assertThat(books.escrow.status()).isEqualTo(EscrowStatus.CANCELLED);
    assertIllegal(() -> books.escrow.release("m2", SplitContext.none(), T0), "has ended");
  }

  @Test
  void replacementIntern_keepsWhatTheFirstEarnedAndTheRestCarriesOver() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fund(T0));
    books.apply(books.escrow.release("m1", SplitContext.none(), T0));
    books.apply(books.escrow.withdrawIntern());
    assertIllegal(() -> books.escrow.release("m2", SplitContext.none(), T0), "has no intern to pay");
    books.apply(books.escrow.replaceIntern("int-2"));
    books.apply(books.escrow.release("m2", SplitContext.none(), T0));
    books.apply(books.escrow.release("m3", SplitContext.none(), T0));
    books.apply(books.escrow.complete(T0));
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-1000.00", "escrow:t1", "0.00", "int-1", "210.00",
        "int-2", "490.00", "men-1", "200.00", "platform", "100.00"));
    assertThat(books.escrow.status()).isEqualTo(EscrowStatus.COMPLETED);
  }

  @Test
  void mentorTakeover_paysTheMentorTheInternsPartOfWhatTheyFinish() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fund(T0));
    books.apply(books.escrow.release("m1", SplitContext.none(), T0));
    books.apply(books.escrow.mentorTakeover());
    EscrowOutcome m2 = books.apply(books.escrow.release("m2", SplitContext.none(), T0));
    assertThat(m2.instructions()).extracting(PaymentInstruction::idempotencyKey)
        .containsExactly("t1/m2/platform/platform-fee", "t1/m2/men-1/mentor-share", "t1/m2/men-1/intern-share");
    assertThat(books.balances()).containsEntry("men-1", "330.00").containsEntry("int-1", "210.00")
        .containsEntry("escrow:t1", "400.00");
    books.apply(books.escrow.release("m3", SplitContext.none(), T0));
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-1000.00", "escrow:t1", "0.00", "int-1", "210.00",
        "men-1", "690.00", "platform", "100.00"));
  }

  @Test
  void disputeSettledFiftyFifty_refundsHalfAndPaysTheRestLikeAMilestone() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fund(T0));
    books.apply(books.escrow.release("m1", SplitContext.none(), T0));
    books.apply(books.escrow.freeze());
    assertIllegal(() -> books.escrow.release("m2", SplitContext.none(), T0), "frozen escrow moves nothing");
    assertIllegal(() -> books.escrow.cancel(T0), "frozen escrow moves nothing");
    EscrowOutcome settled = books.apply(books.escrow.settle(50, T0.plusSeconds(60)));
    // 700.00 held: 350.00 back to the requester; 350.00 paid as fee 35.00, mentor 70.00, intern 245.00.
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-650.00", "escrow:t1", "0.00", "int-1", "455.00",
        "men-1", "130.00", "platform", "65.00"));
    assertThat(settled.instructions()).extracting(PaymentInstruction::idempotencyKey).containsExactly(
        "t1/*/req-1/refund", "t1/*/platform/platform-fee", "t1/*/men-1/mentor-share", "t1/*/int-1/intern-share");
    assertThat(books.escrow.status()).isEqualTo(EscrowStatus.SETTLED);
    assertThat(books.escrow.explanation("settlement")).isPresent();
  }

  @Test
  void settlementWithoutAWorker_refundsTheWorkersPartToo() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fund(T0));
    books.apply(books.escrow.withdrawIntern());
    books.apply(books.escrow.freeze());
    EscrowOutcome settled = books.apply(books.escrow.settle(50, T0));
    assertThat(books.balances()).isEqualTo(Map.of("req-1", "-150.00", "escrow:t1", "0.00", "men-1", "100.00",
        "platform", "50.00"));
    assertThat(settled.instructions()).extracting(PaymentInstruction::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void perMilestoneFunding_releasesOnlyWhatWasFunded() {
    Books books = new Books(scenario());
    books.apply(books.escrow.fundMilestone("m1", T0));
    assertThat(books.escrow.balance()).isEqualTo(usd("300.00"));
    assertIllegal(() -> books.escrow.release("m2", SplitContext.none(), T0), "only a FUNDED milestone");
    assertIllegal(() -> books.escrow.complete(T0), "was never funded");
    books.apply(books.escrow.release("m1", SplitContext.none(), T0));
    EscrowOutcome rest = books.apply(books.escrow.fund(T0));
    assertThat(rest.instructions()).singleElement().extracting(PaymentInstruction::amount).isEqualTo(usd("700.00"));
    assertIllegal(() -> books.escrow.fund(T0), "already fully funded");
    books.apply(books.escrow.cancel(T0));
    assertThat(books.balances()).containsEntry("req-1", "-300.00").containsEntry("escrow:t1", "0.00");
  }

  @Test
  void onTimeBonus_isPaidByTheRequesterOutsideEscrow() {
    Escrow escrow = Escrow.open("t1", usd("1000.00"), PLAN, new OnTimeBonus(new FixedSplit(10, 20), 5),
        new EscrowParties("req-1", "men-1", "int-1"));
    Books books = new Books(escrow);
    books.apply(books.escrow.fund(T0));
    EscrowOutcome approval = books.apply(books.escrow.release("m1", SplitContext.none().withOnTime(true), T0));
    assertThat(approval.transactions()).extracting(LedgerTransaction::id).containsExactly("t1/m1/release", "t1/m1/bonus");
    assertThat(books.balances()).containsEntry("req-1", "-1015.00").containsEntry("int-1", "225.00")
        .containsEntry("escrow:t1", "700.00");
  }

  @Test
  void refusals_nameTheProblemAndChangeNothing() {
    Escrow escrow = scenario();
    assertThatThrownBy(() -> escrow.release("m9", SplitContext.none(), T0))
        .isInstanceOf(AtelierException.class).hasMessageContaining("no milestone m9")
        .extracting(e -> ((AtelierException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertIllegal(() -> escrow.release("m1", SplitContext.none(), T0), "only a FUNDED milestone");
    assertIllegal(() -> escrow.settle(50, T0), "only a FROZEN escrow");
    assertValidation(() -> escrow.freeze().escrow().settle(101, T0), "toRequesterPercent is 101");
    assertValidation(() -> Escrow.open("t1", usd("0.00"), PLAN, new FixedSplit(10, 20),
        new EscrowParties("req-1", "men-1", null)), "expected a positive amount");
    assertValidation(() -> new EscrowParties("req-1", "req-1", null), "must be different parties");
    assertValidation(() -> new EscrowParties("req-1", "platform", null), "reserved");
    assertThat(escrow.balance()).isEqualTo(usd("0.00"));
    assertThat(escrow.status()).isEqualTo(EscrowStatus.OPEN);
    assertThat(escrow).isEqualTo(scenario()).hasSameHashCodeAs(scenario());
    assertThat(escrow.fund(T0).escrow()).isNotEqualTo(escrow);
  }

  @Test
  void hourlyFloor_refusesAnEscrowWhosePlanUnderpaysTheIntern() {
    List<PlannedMilestone> hours = List.of(new PlannedMilestone("m1", 30, 20), new PlannedMilestone("m2", 70, 5));
    assertValidation(() -> Escrow.open("t1", usd("1000.00"), hours, HourlyFloor.parkerDewey(new FixedSplit(10, 20)),
        new EscrowParties("req-1", "men-1", "int-1")), "milestone m1 would pay the intern 210.00 USD");
  }

  @Test
  void oneInternshipHasOneCurrency_mixingIsRefused() {
    assertValidation(() -> Escrow.open("t1", Money.parse("1000.00", "EUR"), PLAN,
        HourlyFloor.parkerDewey(new FixedSplit(10, 20)), new EscrowParties("req-1", "men-1", "int-1")),
        "mixes currencies EUR and USD");
    Escrow yen = Escrow.open("t1", Money.parse("100001", "JPY"), PLAN, new FixedSplit(10, 20),
        new EscrowParties("req-1", "men-1", "int-1"));
    EscrowOutcome funded = yen.fund(T0);
    assertValidation(() -> Ledger.empty(Money.currency("USD")).recordAll(funded.transactions()), "holds USD only");
    // 100001 JPY by 30/30/40: the leftover yen goes to m3 (remainder 40 beats 30, 30).
    assertThat(funded.escrow().milestones()).extracting(EscrowMilestone::amount).containsExactly(
        Money.parse("30000", "JPY"), Money.parse("30000", "JPY"), Money.parse("40001", "JPY"));
    EscrowOutcome m3 = funded.escrow().release("m3", SplitContext.none(), T0);
    assertThat(m3.instructions()).extracting(PaymentInstruction::amount).containsExactly(
        Money.parse("4000", "JPY"), Money.parse("8000", "JPY"), Money.parse("28001", "JPY"));
  }

  @Test
  void amountsNearLongMaxValue_areRefusedNotWrapped() {
    Money max = new Money(Money.currency("USD"), Long.MAX_VALUE);
    Escrow escrow = Escrow.open("t1", max, PLAN, new FixedSplit(10, 20), new EscrowParties("req-1", "men-1", "int-1"));
    Escrow other = Escrow.open("t2", max, PLAN, new FixedSplit(10, 20), new EscrowParties("req-1", "men-1", "int-1"));
    Ledger ledger = Ledger.empty(Money.currency("USD")).recordAll(escrow.fund(T0).transactions());
    assertThat(ledger.balance(AccountId.of("req-1")).minorUnits()).isEqualTo(-Long.MAX_VALUE);
    assertValidation(() -> ledger.recordAll(other.fund(T0).transactions()), "would overflow the balance of req-1");
    assertValidation(() -> HourlyFloor.parkerDewey(new FixedSplit(10, 20)).floorFor(Long.MAX_VALUE / 100), "overflows");
    assertValidation(() -> new Split(max, max, usd("0.00")), "overflows");
  }

  static void assertIllegal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fragment) {
    assertThatThrownBy(call).isInstanceOf(AtelierException.class).hasMessageContaining(fragment)
        .extracting(e -> ((AtelierException) e).code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void zeroShareMilestone_isFundedAndReleasedWithoutMovingMoney() {
    Escrow escrow = Escrow.open("t1", usd("100.00"), List.of(new PlannedMilestone("m1", 1), new PlannedMilestone("m2", 0)),
        new FixedSplit(10, 20), new EscrowParties("req-1", "men-1", "int-1"));
    EscrowOutcome m2 = escrow.fundMilestone("m2", T0);
    assertThat(m2.transactions()).isEmpty();
    assertThat(m2.instructions()).isEmpty();
    EscrowOutcome released = m2.escrow().release("m2", SplitContext.none(), T0);
    assertThat(released.transactions()).isEmpty();
    assertThat(released.escrow().milestones().get(1).state()).isEqualTo(EscrowMilestone.State.RELEASED);
  }
}
