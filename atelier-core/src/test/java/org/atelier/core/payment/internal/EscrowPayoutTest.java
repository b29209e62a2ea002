package org.atelier.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.core.payment.PayoutKey;
import org.atelier.core.payment.Split;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.junit.jupiter.api.Test;

class EscrowPayoutTest {
  private static Money usd(String amount) {
    return Money.parse(amount, "USD");
  }

  private static final Split SPLIT = new Split(usd("3.00"), usd("6.00"), usd("21.00"), usd("1.50"));

  @Test
  void of_paysFeeMentorAndWorker_fromEscrow_andTheBonusFromTheRequester() {
    EscrowPayout payout = EscrowPayout.of("t1", "m1", "req-1", "men-1", "int-1", usd("0.00"), SPLIT, false);

    assertThat(payout.fromEscrow().instructions()).extracting(PaymentInstruction::to, PaymentInstruction::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("platform", usd("3.00")),
            org.assertj.core.groups.Tuple.tuple("men-1", usd("6.00")),
            org.assertj.core.groups.Tuple.tuple("int-1", usd("21.00")));
    assertThat(payout.bonus()).hasValueSatisfying(bonus -> {
      assertThat(bonus.instructions()).singleElement().satisfies(i -> {
        assertThat(i.from()).isEqualTo("req-1");
        assertThat(i.to()).isEqualTo("int-1");
        assertThat(i.idempotencyKey()).isEqualTo("t1/m1/int-1/bonus");
      });
    });
    assertThat(payout.paid()).isEqualTo(3000);
    assertThat(payout.refunded()).isZero();
    assertThat(payout.instructions()).hasSize(4);
  }

  @Test
  void of_withoutAWorker_refundsTheInternShare_andPaysNoBonus() {
    EscrowPayout payout = EscrowPayout.of("t1", PayoutKey.WHOLE_ESCROW, "req-1", "men-1", null, usd("10.00"), SPLIT,
        false);

    assertThat(payout.fromEscrow().instructions()).extracting(PaymentInstruction::to, PaymentInstruction::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("req-1", usd("31.00")),
            org.assertj.core.groups.Tuple.tuple("platform", usd("3.00")),
            org.assertj.core.groups.Tuple.tuple("men-1", usd("6.00")));
    assertThat(payout.bonus()).isEmpty();
    assertThat(payout.paid()).isEqualTo(900);
    assertThat(payout.refunded()).isEqualTo(3100);
    assertThat(payout.paid() + payout.refunded()).isEqualTo(1000 + SPLIT.total().minorUnits());
  }

  @Test
  void of_notesATakeoverInTheMemo_onlyWhenAsked() {
    EscrowPayout noted = EscrowPayout.of("t1", "m2", "req-1", "men-1", "men-1", usd("0.00"), SPLIT, true);
    EscrowPayout plain = EscrowPayout.of("t1", "m2", "req-1", "men-1", "men-1", usd("0.00"), SPLIT, false);

    assertThat(noted.fromEscrow().instructions().get(2).memo()).isEqualTo("t1/m2 intern share to the mentor (takeover)");
    assertThat(plain.fromEscrow().instructions().get(2).memo()).isEqualTo("t1/m2 intern share");
    assertThat(noted.fromEscrow().instructions().get(2).idempotencyKey()).isEqualTo("t1/m2/men-1/intern-share");
  }
}
