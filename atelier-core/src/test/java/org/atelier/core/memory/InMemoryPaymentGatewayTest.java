package org.atelier.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.payment.PaymentResult;
import org.junit.jupiter.api.Test;

class InMemoryPaymentGatewayTest {
  private static final Currency USD = Money.currency("USD");
  private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

  @Test
  void execute_movesMoneyBetweenAccounts_andBalancesSumToZero() {
    gateway.execute(pay("k1", "req-1", "escrow:t1", 100_000));
    gateway.execute(pay("k2", "escrow:t1", "int-1", 70_000));
    gateway.execute(pay("k2", "escrow:t1", "int-1", 70_000));

    assertThat(gateway.balance("escrow:t1", USD)).isEqualTo(Money.ofMinor(30_000, "USD"));
    assertThat(gateway.balance("int-1", USD)).isEqualTo(Money.ofMinor(70_000, "USD"));
    assertThat(gateway.balance("nobody", USD)).isEqualTo(Money.ofMinor(0, "USD"));
    assertThat(gateway.balances(USD)).containsOnlyKeys("escrow:t1", "int-1", "req-1");
    assertThat(gateway.balances(USD).values().stream().mapToLong(Money::minorUnits).sum()).isZero();
    assertThat(gateway.executed()).extracting(PaymentInstruction::idempotencyKey).containsExactly("k1", "k2");
  }

  @Test
  void execute_givesDeterministicReferences() {
    assertThat(gateway.execute(pay("a", "x", "y", 1))).isEqualTo(new PaymentResult.Succeeded("mem-1"));
    assertThat(gateway.execute(pay("b", "x", "y", 1))).isEqualTo(new PaymentResult.Succeeded("mem-2"));
    assertThat(gateway.execute(pay("a", "x", "y", 1))).isEqualTo(new PaymentResult.Succeeded("mem-1"));
  }

  @Test
  void execute_thatWouldOverflowABalance_failsPermanentlyAndMovesNothing() {
    gateway.execute(pay("big", "x", "y", Long.MAX_VALUE));

    PaymentResult result = gateway.execute(pay("more", "z", "y", 1));

    assertThat(result).isInstanceOfSatisfying(PaymentResult.Failed.class, f -> assertThat(f.permanent()).isTrue());
    assertThat(gateway.balance("y", USD).minorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThat(gateway.balance("z", USD).minorUnits()).isZero();
    assertThat(gateway.effectCount("more")).isZero();
    assertThat(gateway.lookup("more")).contains(result);
  }

  private static PaymentInstruction pay(String key, String from, String to, long cents) {
    return new PaymentInstruction(key, PaymentKind.PAYOUT, from, to, Money.ofMinor(cents, "USD"), "t1", "test");
  }
}
