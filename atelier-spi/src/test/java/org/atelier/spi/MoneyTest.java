package org.atelier.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parse_readsTheCurrencysMinorUnits() {
    assertThat(Money.parse("1000.00", "USD").minorUnits()).isEqualTo(100_000);
    assertThat(Money.parse("3.5", "USD").minorUnits()).isEqualTo(350);
    assertThat(Money.parse("-0.05", "USD").minorUnits()).isEqualTo(-5);
    assertThat(Money.parse("1200", "JPY").minorUnits()).isEqualTo(1200);
    assertThat(Money.parse("1.234", "KWD").minorUnits()).isEqualTo(1234);
  }

  @Test
  void parse_refusesMoreDigitsThanTheMinorUnit() {
    assertThatThrownBy(() -> Money.parse("1.001", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> Money.parse("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_refusesNonDecimalsAndUnknownCurrencies() {
    assertThatThrownBy(() -> Money.parse("1e3", "USD")).hasMessageContaining("expected a decimal amount");
    assertThatThrownBy(() -> Money.parse("", "USD")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("1.00", "ZZZ")).hasMessageContaining("unknown currency");
    assertThatThrownBy(() -> Money.parse("1.00", "XAU")).hasMessageContaining("no minor unit");
    assertThatThrownBy(() -> Money.parse("99999999999999999999", "USD")).hasMessageContaining("out of range");
  }

  @Test
  void arithmetic_refusesToOverflow() {
    Money max = Money.ofMinor(Long.MAX_VALUE, "USD");
    assertThatThrownBy(() -> max.plus(Money.ofMinor(1, "USD"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE, "USD").negate()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void arithmetic_refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.ofMinor(1, "USD").plus(Money.ofMinor(1, "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected USD, got EUR");
  }

  @Test
  void decimalString_roundTripsEveryAmount() {
    qt().forAll(longs().all())
        .checkAssert(units -> {
          Money money = Money.ofMinor(units, "USD");
          assertThat(Money.parse(money.toDecimalString(), "USD")).isEqualTo(money);
        });
  }

  @Test
  void toString_namesTheCurrency() {
    assertThat(Money.ofMinor(-100_000, "USD")).hasToString("-1000.00 USD");
    assertThat(Money.ofMinor(7, "JPY").toDecimalString()).isEqualTo("7");
  }
}
