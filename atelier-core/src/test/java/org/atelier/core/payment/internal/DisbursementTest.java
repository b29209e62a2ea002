package org.atelier.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.PayoutPurpose;
import org.atelier.core.payment.Posting;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.junit.jupiter.api.Test;

class DisbursementTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Money usd(String amount) {
    return Money.parse(amount, "USD");
  }

  private static Disbursement payout() {
    return new Disbursement("t1", "m1", "escrow:t1")
        .pay("req-1", usd("5.00"), PayoutPurpose.REFUND, PaymentKind.REFUND)
        .pay("platform", usd("3.00"), PayoutPurpose.PLATFORM_FEE, PaymentKind.PAYOUT)
        .pay("men-1", usd("6.00"), PayoutPurpose.MENTOR_SHARE, PaymentKind.PAYOUT)
        .pay("men-1", usd("21.00"), PayoutPurpose.INTERN_SHARE, PaymentKind.PAYOUT);
  }

  @Test
  void transaction_debitsTheSourceOnce_andCreditsInTheOrderPaid() {
    LedgerTransaction tx = payout().transaction("release", T0, "memo");

    assertThat(tx.id()).isEqualTo("t1/m1/release");
    assertThat(tx.postings()).containsExactly(
        new Posting(AccountId.escrow("t1"), usd("-35.00")),
        new Posting(AccountId.of("req-1"), usd("5.00")),
        new Posting(AccountId.platform(), usd("3.00")),
        new Posting(AccountId.of("men-1"), usd("6.00")),
        new Posting(AccountId.of("men-1"), usd("21.00")));
  }

  @Test
  void transactionByAccount_mergesEachPayee_inAccountOrder() {
    LedgerTransaction tx = payout().transactionByAccount("release", T0, "memo");

    assertThat(tx.postings()).containsExactly(
        new Posting(AccountId.escrow("t1"), usd("-35.00")),
        new Posting(AccountId.of("men-1"), usd("27.00")),
        new Posting(AccountId.platform(), usd("3.00")),
        new Posting(AccountId.of("req-1"), usd("5.00")));
  }

  @Test
  void pay_mirrorsEachPaymentWithOneKeyedInstruction_andStandardMemos() {
    assertThat(payout().instructions()).extracting(PaymentInstruction::idempotencyKey).containsExactly(
        "t1/m1/req-1/refund", "t1/m1/platform/platform-fee", "t1/m1/men-1/mentor-share", "t1/m1/men-1/intern-share");
    assertThat(payout().instructions()).extracting(PaymentInstruction::memo).containsExactly(
        "t1/m1 refund", "t1/m1 platform fee", "t1/m1 mentor share", "t1/m1 intern share");
  }

  @Test
  void funding_isKeyedByTheSource_andNamesTheWholeEscrowByTask() {
    Disbursement d = new Disbursement("t1", PayoutKey.WHOLE_ESCROW, "req-1")
        .pay("escrow:t1", usd("10.00"), PayoutPurpose.FUNDING, PaymentKind.FUND_ESCROW);

    PaymentInstruction funding = d.instructions().get(0);
    assertThat(funding.idempotencyKey()).isEqualTo("t1/*/req-1/funding");
    assertThat(funding.memo()).isEqualTo("t1 funding");
    assertThat(d.transaction("fund", T0, "m").id()).isEqualTo("t1/*/fund");
  }

  @Test
  void zeroPayments_moveNothing_andAnEmptyDisbursementHasNoTransaction() {
    Disbursement d = new Disbursement("t1", "m1", "escrow:t1")
        .pay("req-1", usd("0.00"), PayoutPurpose.REFUND, PaymentKind.REFUND);

    assertThat(d.isEmpty()).isTrue();
    assertThat(d.instructions()).isEmpty();
    assertThatThrownBy(() -> d.transaction("release", T0, "m")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void transactionIds_encodeIdsLikeTheKeys() {
    Disbursement d = new Disbursement("t/1", "m*1", "escrow:t/1")
        .pay("req-1", usd("1.00"), PayoutPurpose.REFUND, PaymentKind.REFUND);

    assertThat(d.transaction("refund", T0, "m").id()).isEqualTo("t%2F1/m%2A1/refund");
    assertThat(d.instructions().get(0).idempotencyKey()).isEqualTo("t%2F1/m%2A1/req-1/refund");
  }
}
