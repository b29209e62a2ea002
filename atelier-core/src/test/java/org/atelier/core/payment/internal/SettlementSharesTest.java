package org.atelier.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class SettlementSharesTest {
  @Test
  void of_givesTheLeftoverUnitToTheRequester_onATie() {
    SettlementShares shares = SettlementShares.of(Money.parse("0.01", "USD"), 50);

    assertThat(shares.refund()).isEqualTo(Money.parse("0.01", "USD"));
    assertThat(shares.payout()).isEqualTo(Money.parse("0.00", "USD"));
  }

  @Test
  void of_splitsByThePercent() {
    SettlementShares shares = SettlementShares.of(Money.parse("700.00", "USD"), 30);

    assertThat(shares.refund()).isEqualTo(Money.parse("210.00", "USD"));
    assertThat(shares.payout()).isEqualTo(Money.parse("490.00", "USD"));
    assertThat(shares.allocation().weights()).containsExactly(30L, 70L);
  }

  @Test
  void of_partsAlwaysSumToWhatEscrowHolds() {
    qt().withFixedSeed(20_260_302L).withExamples(300)
        .forAll(longs().between(0, 1_000_000_000L), integers().between(0, 100))
        .checkAssert((held, percent) -> {
          SettlementShares shares = SettlementShares.of(new Money(Money.currency("USD"), held), percent);
          assertThat(shares.refund().plus(shares.payout()).minorUnits()).isEqualTo(held);
          assertThat(shares.refund().isNegative() || shares.payout().isNegative()).isFalse();
        });
  }
}
