package org.atelier.core.payment;

import java.math.BigInteger;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;

/** Exact arithmetic that refuses overflow with {@code VALIDATION} instead of wrapping. */
final class Exact {
  private Exact() {}

  static Money plus(Money a, Money b, String what) {
    requireSameCurrency(a, b, what);
    try {
      return a.plus(b);
    } catch (ArithmeticException e) {
      throw overflow(what, e);
    }
  }

  static Money minus(Money a, Money b, String what) {
    requireSameCurrency(a, b, what);
    try {
      return a.minus(b);
    } catch (ArithmeticException e) {
      throw overflow(what, e);
    }
  }

  static Money times(Money a, long factor, String what) {
    try {
      return a.times(factor);
    } catch (ArithmeticException e) {
      throw overflow(what, e);
    }
  }

  /** {@code floor(amount × percent / 100)}, exact for any amount. */
  static Money percentFloor(Money amount, long percent) {
    BigInteger product = BigInteger.valueOf(amount.minorUnits()).multiply(BigInteger.valueOf(percent));
    BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(100));
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return new Money(amount.currency(), q.longValueExact());
  }

  static void requireSameCurrency(Money a, Money b, String what) {
    if (!a.currency().equals(b.currency())) {
      throw AtelierException.validation(what + " mixes currencies " + a.currency().getCurrencyCode() + " and "
          + b.currency().getCurrencyCode() + "; expected one currency per internship");
    }
  }

  static void requireNotNegative(Money amount) {
    if (amount.isNegative()) {
      throw AtelierException.validation("amount to split is " + amount + "; expected an amount >= 0");
    }
  }

  static void requirePercent(String name, long value) {
    if (value < 0 || value > 100) {
      throw AtelierException.validation(name + " is " + value + "; expected a whole percent from 0 to 100");
    }
  }

  static AtelierException overflow(String what, ArithmeticException e) {
    return new AtelierException(ErrorCode.VALIDATION,
        what + " overflows the range of minor units; expected amounts well below Long.MAX_VALUE", e);
  }
}
