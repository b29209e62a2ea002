package org.atelier.core.payment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;

/**
 * Splits a whole number of minor units among weights by the largest-remainder method
 * (Hamilton's method), exactly.
 *
 * <p>Each part first gets {@code floor(total × weight / Σweights)}. The units left over
 * (fewer than the number of parts) go one each to the parts with the largest remainders
 * {@code total × weight mod Σweights}; ties go to the lower index. So:
 *
 * <ul>
 *   <li>the parts sum to {@code total} exactly;
 *   <li>for {@code total ≥ 0} no part is negative, and a zero weight gets zero;
 *   <li>each part differs from its exact quota by less than one unit;
 *   <li>the result depends only on the arguments (deterministic).
 * </ul>
 *
 * <p>Products are computed in {@link BigInteger}, so any {@code long} total is exact.
 * A negative total is split the same way (floor quotients, every part {@code ≤ 0}).
 * Complexity: {@code O(n log n)} for {@code n} weights.
 *
 * @since 0.1
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Splits an amount by weights.
   *
   * @param total the amount to split
   * @param weights one non-negative weight per part, with a positive sum
   * @return one amount per weight, in the order of the weights, in {@code total}'s currency;
   *     they sum to {@code total}
   * @throws AtelierException {@code VALIDATION} if there are no weights, a weight is
   *     negative, or the weights sum to zero or overflow a {@code long}
   */
  public static List<Money> largestRemainder(Money total, List<Long> weights) {
    Objects.requireNonNull(total, "total");
    long[] parts = largestRemainder(total.minorUnits(), toArray(weights));
    Currency currency = total.currency();
    List<Money> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(new Money(currency, part));
    }
    return List.copyOf(result);
  }

  /**
   * Splits a number of minor units by weights.
   *
   * @param total the units to split
   * @param weights one non-negative weight per part, with a positive sum
   * @return one part per weight, in the order of the weights; they sum to {@code total}
   * @throws AtelierException {@code VALIDATION} if there are no weights, a weight is
   *     negative, or the weights sum to zero or overflow a {@code long}
   */
  public static long[] largestRemainder(long total, long[] weights) {
    return trace(total, weights).partsArray();
  }

  /**
   * Splits a number of minor units by weights and records how: the exact quotients, the
   * remainders and which parts received a leftover unit. Payout explanations carry it.
   *
   * @param total the units to split
   * @param weights one non-negative weight per part, with a positive sum
   * @return the allocation with its working
   * @throws AtelierException {@code VALIDATION} if there are no weights, a weight is
   *     negative, or the weights sum to zero or overflow a {@code long}
   */
  public static AllocationTrace trace(long total, long[] weights) {
    Objects.requireNonNull(weights, "weights");
    int n = weights.length;
    if (n == 0) {
      throw AtelierException.validation("allocation needs at least one weight; got none");
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] < 0) {
        throw AtelierException.validation(
            "allocation weight " + i + " is " + weights[i] + "; expected weights >= 0");
      }
      try {
        sum = Math.addExact(sum, weights[i]);
      } catch (ArithmeticException e) {
        throw new AtelierException(
            org.atelier.core.ErrorCode.VALIDATION,
            "allocation weights " + Arrays.toString(weights) + " overflow a long; expected a smaller sum",
            e);
      }
    }
    if (sum == 0) {
      throw AtelierException.validation(
          "allocation weights " + Arrays.toString(weights) + " sum to zero; expected a positive sum");
    }
    BigInteger bigTotal = BigInteger.valueOf(total);
    BigInteger divisor = BigInteger.valueOf(sum);
    long[] quotients = new long[n];
    long[] remainders = new long[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = floorDivMod(bigTotal.multiply(BigInteger.valueOf(weights[i])), divisor);
      quotients[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      assigned += quotients[i];
    }
    // The floors undershoot by fewer than n units (Σ remainders = leftover × sum, each < sum).
    int leftover = Math.toIntExact(total - assigned);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
        ? Long.compare(remainders[b], remainders[a])
        : Integer.compare(a, b));
    long[] parts = quotients.clone();
    List<Integer> extra = new ArrayList<>(leftover);
    for (int k = 0; k < leftover; k++) {
      parts[order[k]] += 1;
      extra.add(order[k]);
    }
    return new AllocationTrace(total, toList(weights), sum, toList(quotients), toList(remainders), List.copyOf(extra),
        toList(parts));
  }

  private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() < 0) {
      qr[0] = qr[0].subtract(BigInteger.ONE);
      qr[1] = qr[1].add(b);
    }
    return qr;
  }

  private static long[] toArray(List<Long> weights) {
    Objects.requireNonNull(weights, "weights");
    long[] array = new long[weights.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = Objects.requireNonNull(weights.get(i), "weight");
    }
    return array;
  }

  private static List<Long> toList(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(v);
    }
    return List.copyOf(list);
  }
}
