package org.atelier.core.payment.internal;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;

/**
 * Exact arithmetic on {@link Money} that refuses overflow with {@code VALIDATION} instead of
 * wrapping, and the argument checks every payment shares. Each check throws an
 * {@link AtelierException} that names what was wrong and what would have been accepted.
 */
public final class Exact {
  private Exact() {}

  /**
   * Adds two amounts of one currency.
   *
   * @param a the first amount
   * @param b the second amount
   * @param what what is being computed, for the error message
   * @return {@code a + b}
   * @throws AtelierException {@code VALIDATION} if the currencies differ or the sum overflows
   */
  public static Money plus(Money a, Money b, String what) {
    requireSameCurrency(a, b, what);
    return exactly(() -> a.plus(b), what);
  }

  /**
   * Subtracts one amount from another of the same currency.
   *
   * @param a the amount
   * @param b what is taken from it
   * @param what what is being computed, for the error message
   * @return {@code a − b}
   * @throws AtelierException {@code VALIDATION} if the currencies differ or the difference overflows
   */
  public static Money minus(Money a, Money b, String what) {
    requireSameCurrency(a, b, what);
    return exactly(() -> a.minus(b), what);
  }

  /**
   * Multiplies an amount.
   *
   * @param a the amount
   * @param factor the factor
   * @param what what is being computed, for the error message
   * @return {@code a × factor}
   * @throws AtelierException {@code VALIDATION} if the product overflows
   */
  public static Money times(Money a, long factor, String what) {
    return exactly(() -> a.times(factor), what);
  }

  private static Money exactly(Supplier<Money> computation, String what) {
    try {
      return computation.get();
    } catch (ArithmeticException e) {
      throw overflow(what, e);
    }
  }

  /**
   * {@code floor(amount × percent / 100)}, exact for any amount (the product is a
   * {@link BigInteger}).
   *
   * @param amount the amount
   * @param percent the percent
   * @return the floored percentage, in the amount's currency
   * @throws ArithmeticException if the result does not fit a {@code long}
   */
  public static Money percentFloor(Money amount, long percent) {
    BigInteger product = BigInteger.valueOf(amount.minorUnits()).multiply(BigInteger.valueOf(percent));
    BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(100));
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return new Money(amount.currency(), q.longValueExact());
  }

  /**
   * Checks that two amounts share a currency.
   *
   * @param a one amount
   * @param b the other
   * @param what what is being computed, for the error message
   * @throws AtelierException {@code VALIDATION} if the currencies differ
   */
  public static void requireSameCurrency(Money a, Money b, String what) {
    if (!a.currency().equals(b.currency())) {
      throw AtelierException.validation(what + " mixes currencies " + a.currency().getCurrencyCode() + " and "
          + b.currency().getCurrencyCode() + "; expected one currency per internship");
    }
  }

  /**
   * Checks that an amount to split is not negative.
   *
   * @param amount the amount
   * @throws AtelierException {@code VALIDATION} if it is negative
   */
  public static void requireNotNegative(Money amount) {
    if (amount.isNegative()) {
      throw AtelierException.validation("amount to split is " + amount + "; expected an amount >= 0");
    }
  }

  /**
   * Checks a whole percent.
   *
   * @param name the argument's name, for the error message
   * @param value the value
   * @throws AtelierException {@code VALIDATION} if it is outside 0..100
   */
  public static void requirePercent(String name, long value) {
    if (value < 0 || value > 100) {
      throw AtelierException.validation(name + " is " + value + "; expected a whole percent from 0 to 100");
    }
  }

  /**
   * The error for an overflow.
   *
   * @param what what was being computed
   * @param e the overflow
   * @return a {@code VALIDATION} exception that keeps {@code e} as its cause
   */
  public static AtelierException overflow(String what, ArithmeticException e) {
    return new AtelierException(ErrorCode.VALIDATION,
        what + " overflows the range of minor units; expected amounts well below Long.MAX_VALUE", e);
  }
}
