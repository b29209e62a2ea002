package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.payment.AllocationTest.assertValidation;

import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AccountId REQ = AccountId.of("req-1");
  private static final AccountId ESCROW = AccountId.escrow("t1");
  private static final AccountId INTERN = AccountId.of("int-1");
  private static final AccountId MENTOR = AccountId.of("men-1");

  private static Money usd(String amount) {
    return Money.parse(amount, "USD");
  }

  private static LedgerTransaction fund() {
    return new LedgerTransaction("t1/fund", T0, "t1", "fund escrow",
        List.of(new Posting(REQ, usd("-1000.00")), new Posting(ESCROW, usd("1000.00"))));
  }

  private static LedgerTransaction releaseM1() {
    return new LedgerTransaction("t1/m1/release", T0.plusSeconds(3600), "t1", "release m1",
        List.of(new Posting(ESCROW, usd("-300.00")), new Posting(AccountId.platform(), usd("30.00")),
            new Posting(MENTOR, usd("60.00")), new Posting(INTERN, usd("210.00"))));
  }

  @Test
  void accountIds_nameEscrowAndPlatformAsTheScenarioPrintsThem() {
    assertThat(AccountId.escrow("t1").value()).isEqualTo("escrow:t1");
    assertThat(AccountId.platform().value()).isEqualTo("platform");
    assertThat(AccountId.escrow("t1").escrowTask()).contains("t1");
    assertThat(AccountId.platform().escrowTask()).isEmpty();
    assertValidation(() -> AccountId.of(" "), "must not be blank");
  }

  @Test
  void record_keepsTheScenarioBalancesAndTheySumToZero() {
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(fund()).record(releaseM1());
    assertThat(ledger.balances()).containsExactly(
        java.util.Map.entry(ESCROW, usd("700.00")), java.util.Map.entry(INTERN, usd("210.00")),
        java.util.Map.entry(MENTOR, usd("60.00")), java.util.Map.entry(AccountId.platform(), usd("30.00")),
        java.util.Map.entry(REQ, usd("-1000.00")));
    assertThat(ledger.balances().values().stream().mapToLong(Money::minorUnits).sum()).isZero();
    assertThat(ledger.balance(AccountId.of("nobody"))).isEqualTo(usd("0.00"));
  }

  @Test
  void transaction_refusesUnbalancedEmptyAndMixedCurrencyPostings() {
    assertValidation(() -> new LedgerTransaction("x", T0, "t1", "", List.of()), "has no postings");
    assertValidation(() -> new LedgerTransaction("x", T0, "t1", "",
        List.of(new Posting(REQ, usd("-1.00")), new Posting(ESCROW, usd("0.99")))), "does not balance");
    assertValidation(() -> new LedgerTransaction("x", T0, "t1", "",
        List.of(new Posting(REQ, usd("-1.00")), new Posting(ESCROW, Money.parse("1.00", "EUR")))), "mixes currencies");
    assertValidation(() -> new Posting(REQ, usd("0.00")), "is zero");
  }

  @Test
  void record_refusesDuplicatesOtherCurrenciesAndTimeGoingBackWithoutChange() {
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(fund()).record(releaseM1());
    assertThatThrownBy(() -> ledger.record(fund()))
        .isInstanceOf(AtelierException.class)
        .extracting(e -> ((AtelierException) e).code())
        .isEqualTo(ErrorCode.DUPLICATE);
    assertValidation(() -> ledger.record(new LedgerTransaction("t1/late", T0, "t1", "",
        List.of(new Posting(REQ, usd("-1.00")), new Posting(ESCROW, usd("1.00"))))), "earlier than the last");
    assertValidation(() -> ledger.record(new LedgerTransaction("t2/fund", T0.plusSeconds(7200), "t2", "",
        List.of(new Posting(REQ, Money.parse("-1.00", "EUR")), new Posting(ESCROW, Money.parse("1.00", "EUR"))))),
        "holds USD only");
    assertThat(ledger.transactions()).hasSize(2);
    assertThat(ledger.balance(ESCROW)).isEqualTo(usd("700.00"));
  }

  @Test
  void reversal_undoesATransactionWithANewEntry() {
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(fund()).record(releaseM1());
    Ledger corrected = ledger.record(releaseM1().reversal("t1/m1/release/reversal", T0.plusSeconds(7200), "approved in error"));
    assertThat(corrected.balance(ESCROW)).isEqualTo(usd("1000.00"));
    assertThat(corrected.balance(INTERN)).isEqualTo(usd("0.00"));
    assertThat(corrected.transactions()).hasSize(3);
    assertThat(corrected.statement(INTERN)).extracting(StatementLine::balance)
        .containsExactly(usd("210.00"), usd("0.00"));
  }

  @Test
  void replay_rebuildsTheSameBalancesAlsoAtAPointInHistory() {
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(fund()).record(releaseM1());
    Ledger replayed = Ledger.replay(ledger.transactions());
    assertThat(replayed).isEqualTo(ledger);
    assertThat(replayed.balances()).isEqualTo(ledger.balances());
    assertThat(replayed.balancesAt(T0)).containsEntry(ESCROW, usd("1000.00")).containsEntry(REQ, usd("-1000.00"))
        .doesNotContainKey(INTERN);
    assertThat(replayed.balancesAt(T0.minusSeconds(1))).isEmpty();
    assertValidation(() -> Ledger.replay(List.of()), "replay(currency, transactions)");
  }

  @Test
  void statement_listsEachPartysLinesWithRunningBalance() {
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(fund()).record(releaseM1());
    assertThat(ledger.statement(ESCROW)).extracting(StatementLine::transactionId, StatementLine::amount,
        StatementLine::balance).containsExactly(
            org.assertj.core.groups.Tuple.tuple("t1/fund", usd("1000.00"), usd("1000.00")),
            org.assertj.core.groups.Tuple.tuple("t1/m1/release", usd("-300.00"), usd("700.00")));
  }

  @Test
  void record_refusesABalanceOverflowWithValidation() {
    Money max = new Money(Money.currency("USD"), Long.MAX_VALUE);
    Ledger ledger = Ledger.empty(Money.currency("USD")).record(new LedgerTransaction("a", T0, "t1", "",
        List.of(new Posting(REQ, max.negate()), new Posting(ESCROW, max))));
    assertValidation(() -> ledger.record(new LedgerTransaction("b", T0, "t1", "",
        List.of(new Posting(REQ, usd("-1.00")), new Posting(ESCROW, usd("1.00"))))), "would overflow the balance of req-1");
    assertValidation(() -> new LedgerTransaction("c", T0, "t1", "",
        List.of(new Posting(REQ, max), new Posting(ESCROW, max), new Posting(INTERN, usd("-1.00")))), "overflows");
  }
}
