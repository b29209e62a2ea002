package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.payment.AllocationTest.assertValidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.core.payment.Discrepancy.Kind;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.payment.PaymentResult;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private final List<EscrowOutcome> outcomes = PayoutFaultInjectionTest.internship();
  private final List<PaymentInstruction> expected = PayoutFaultInjectionTest.instructions(outcomes);
  private final Ledger ledger = PayoutFaultInjectionTest.ledger(outcomes);

  @Test
  void reconcile_isCleanWhenEveryInstructionSucceeded() {
    InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    expected.forEach(gateway::execute);
    ReconciliationReport report = Reconciliation.reconcile(ledger, expected, gateway);
    assertThat(report.isClean()).isTrue();
    assertThat(report.matched()).isEqualTo(expected.size());
  }

  @Test
  void reconcile_reportsEveryKindOfDifference() {
    InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    PaymentInstruction lost = expected.get(1);
    PaymentInstruction pending = expected.get(2);
    PaymentInstruction retrying = expected.get(3);
    PaymentInstruction failed = expected.get(4);
    PaymentInstruction skewed = expected.get(5);
    PaymentInstruction doubled = expected.get(6);
    List<PaymentInstruction> statement = new ArrayList<>();
    for (PaymentInstruction i : expected) {
      if (i != lost && i != pending && i != retrying && i != failed) {
        gateway.execute(i);
        statement.add(i == skewed ? new PaymentInstruction(i.idempotencyKey(), i.kind(), i.from(), i.to(),
            i.amount().plus(Money.ofMinor(1, "USD")), i.task(), i.memo()) : i);
      }
    }
    statement.add(doubled);
    PaymentInstruction stranger = new PaymentInstruction("t9/*/req-9/funding", PaymentKind.FUND_ESCROW, "req-9",
        "escrow:t9", Money.parse("5.00", "USD"), "t9", "fund t9");
    statement.add(stranger);
    Map<String, PaymentResult> special = Map.of(pending.idempotencyKey(), new PaymentResult.Pending("p-1"),
        retrying.idempotencyKey(), new PaymentResult.Failed(false, "503"),
        failed.idempotencyKey(), new PaymentResult.Failed(true, "account closed"));
    Ledger wrong = ledger.record(new LedgerTransaction("fix", ledger.transactions().get(0).at(), "t1", "error",
        List.of(new Posting(AccountId.of("men-1"), Money.parse("-1.00", "USD")),
            new Posting(AccountId.platform(), Money.parse("1.00", "USD")))));

    ReconciliationReport report = Reconciliation.reconcile(Optional.of(wrong), expected,
        key -> Optional.ofNullable(special.get(key)).or(() -> gateway.lookup(key)), Optional.of(statement));

    assertThat(report.discrepancies()).extracting(Discrepancy::kind, Discrepancy::subject).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.MISSING, lost.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.PENDING, pending.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.RETRYING, retrying.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.FAILED, failed.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.AMOUNT_MISMATCH, skewed.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_EFFECT, doubled.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.UNEXPECTED, stranger.idempotencyKey()),
        org.assertj.core.groups.Tuple.tuple(Kind.LEDGER_MISMATCH, "men-1"),
        org.assertj.core.groups.Tuple.tuple(Kind.LEDGER_MISMATCH, "platform"));
    assertThat(report.of(Kind.AMOUNT_MISMATCH)).singleElement().extracting(Discrepancy::detail).asString()
        .contains("the gateway moved 60.01 USD");
    assertThat(report.matched()).isEqualTo(expected.size() - 6);
  }

  @Test
  void reconcile_refusesTwoDifferentInstructionsUnderOneKey() {
    PaymentInstruction first = expected.get(0);
    PaymentInstruction clash = new PaymentInstruction(first.idempotencyKey(), first.kind(), first.from(), first.to(),
        Money.parse("1.00", "USD"), first.task(), first.memo());
    assertValidation(() -> Reconciliation.reconcile(List.of(first, clash), new InMemoryPaymentGateway()),
        "two different movements under key t1/*/req-1/funding");
  }
}
