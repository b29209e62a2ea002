package org.atelier.spi;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: a whole number of minor units (cents for USD, yen for JPY)
 * in one ISO-4217 currency.
 *
 * <p>There is no floating point here. Arithmetic is exact and refuses to overflow: every
 * operation that would leave the range of {@code long} throws {@link ArithmeticException}
 * instead of wrapping. Operations on two amounts refuse to mix currencies with
 * {@link IllegalArgumentException}. Instances are immutable and thread-safe.
 *
 * @param currency the ISO-4217 currency; it must have a fixed number of minor-unit digits
 * @param minorUnits the amount in the currency's minor units; it may be negative
 * @since 0.1
 */
public record Money(Currency currency, long minorUnits) implements Comparable<Money> {

  /**
   * Checks the currency.
   *
   * @param currency the ISO-4217 currency
   * @param minorUnits the amount in minor units
   * @throws IllegalArgumentException if the currency has no fixed minor-unit digits (such as XAU)
   */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit; expected an ISO-4217 currency such as USD");
    }
  }

  /**
   * An amount in minor units.
   *
   * @param minorUnits the amount, in the currency's minor units
   * @param currencyCode an ISO-4217 code such as {@code USD}
   * @return the amount
   * @throws IllegalArgumentException if the code is not an ISO-4217 currency with minor units
   */
  public static Money ofMinor(long minorUnits, String currencyCode) {
    return new Money(currency(currencyCode), minorUnits);
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero minor units of {@code currency}
   */
  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  /**
   * Parses a decimal string such as {@code "1000.00"} or {@code "-3.5"} in a currency. At
   * most the currency's minor-unit digits may follow the point (two for USD, none for JPY).
   *
   * @param decimal the amount as a plain decimal string, with an optional leading minus
   * @param currencyCode an ISO-4217 code such as {@code USD}
   * @return the exact amount
   * @throws IllegalArgumentException if the string is not such a decimal, has more digits
   *     than the currency's minor unit, or does not fit in a {@code long} of minor units
   */
  public static Money parse(String decimal, String currencyCode) {
    return parse(decimal, currency(currencyCode));
  }

  /**
   * Parses a decimal string in a currency; see {@link #parse(String, String)}.
   *
   * @param decimal the amount as a plain decimal string, with an optional leading minus
   * @param currency the currency
   * @return the exact amount
   * @throws IllegalArgumentException if the string is not a decimal amount in that currency
   */
  public static Money parse(String decimal, Currency currency) {
    Objects.requireNonNull(decimal, "decimal");
    int digits = currency.getDefaultFractionDigits();
    if (!decimal.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException(
          "expected a decimal amount such as \"1000." + "0".repeat(digits) + "\", got \"" + decimal + "\"");
    }
    BigDecimal value = new BigDecimal(decimal);
    if (value.scale() > digits) {
      throw new IllegalArgumentException(
          "expected at most " + digits + " decimals for " + currency.getCurrencyCode() + ", got \"" + decimal + "\"");
    }
    try {
      return new Money(currency, value.movePointRight(digits).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount \"" + decimal + "\" is out of range", e);
    }
  }

  /**
   * Looks up an ISO-4217 currency.
   *
   * @param currencyCode the code, such as {@code USD}
   * @return the currency
   * @throws IllegalArgumentException if there is no such currency or it has no minor unit
   */
  public static Currency currency(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown currency \"" + currencyCode + "\"; expected an ISO-4217 code such as USD", e);
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "currency " + currencyCode + " has no minor unit; expected an ISO-4217 currency such as USD");
    }
    return currency;
  }

  /**
   * The sum of two amounts.
   *
   * @param other an amount in the same currency
   * @return {@code this + other}
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException if the sum overflows
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.addExact(minorUnits, other.minorUnits));
  }

  /**
   * The difference of two amounts.
   *
   * @param other an amount in the same currency
   * @return {@code this - other}
   * @throws IllegalArgumentException if the currencies differ
   * @throws ArithmeticException if the difference overflows
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.subtractExact(minorUnits, other.minorUnits));
  }

  /**
   * The amount with the opposite sign.
   *
   * @return {@code -this}
   * @throws ArithmeticException for {@code Long.MIN_VALUE} minor units
   */
  public Money negate() {
    return new Money(currency, Math.negateExact(minorUnits));
  }

  /**
   * The amount times a whole factor.
   *
   * @param factor the factor
   * @return {@code this × factor}
   * @throws ArithmeticException if the product overflows
   */
  public Money times(long factor) {
    return new Money(currency, Math.multiplyExact(minorUnits, factor));
  }

  /**
   * Whether the amount is below zero.
   *
   * @return {@code true} if negative
   */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /**
   * Whether the amount is zero.
   *
   * @return {@code true} if zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Checks that another amount has this amount's currency.
   *
   * @param other the other amount
   * @throws IllegalArgumentException if the currencies differ
   */
  public void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot mix currencies: expected " + currency.getCurrencyCode() + ", got " + other.currency.getCurrencyCode());
    }
  }

  /**
   * Orders amounts of one currency by value.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  /**
   * The amount as a plain decimal string with exactly the currency's minor-unit digits,
   * such as {@code "1000.00"} or {@code "-0.05"}, without the currency.
   *
   * @return the decimal string
   */
  public String toDecimalString() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()).toPlainString();
  }

  /** The amount and its currency, such as {@code "1000.00 USD"}. */
  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }
}
