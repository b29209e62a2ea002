package org.atelier.core.payment;

import java.util.List;

/**
 * How an {@link Allocation} split a total: the working behind each part, so a payout can
 * be explained to the cent.
 *
 * <p>Part {@code i} is {@code quotients[i]}, plus one if {@code i} is in
 * {@code extraUnitTo}. {@code quotients[i] = floor(total × weights[i] / divisor)} and
 * {@code remainders[i] = total × weights[i] mod divisor}.
 *
 * @param total the units split
 * @param weights the weights, in order
 * @param divisor the sum of the weights
 * @param quotients each part's floor quota
 * @param remainders each part's remainder, in units of {@code 1 / divisor}
 * @param extraUnitTo the indexes that received one leftover unit, in the order they got it
 *     (larger remainder first, then lower index)
 * @param parts the resulting parts; they sum to {@code total}
 * @since 0.1
 */
public record AllocationTrace(
    long total,
    List<Long> weights,
    long divisor,
    List<Long> quotients,
    List<Long> remainders,
    List<Integer> extraUnitTo,
    List<Long> parts) {

  /**
   * Copies the lists.
   *
   * @param total the units split
   * @param weights the weights
   * @param divisor the sum of the weights
   * @param quotients the floor quotas
   * @param remainders the remainders
   * @param extraUnitTo the indexes that received a leftover unit
   * @param parts the parts
   */
  public AllocationTrace {
    weights = List.copyOf(weights);
    quotients = List.copyOf(quotients);
    remainders = List.copyOf(remainders);
    extraUnitTo = List.copyOf(extraUnitTo);
    parts = List.copyOf(parts);
  }

  long[] partsArray() {
    long[] array = new long[parts.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = parts.get(i);
    }
    return array;
  }

  /**
   * A one-line account of the working, such as
   * {@code "30000 by [10, 20, 70] / 100: quotients [3000, 6000, 21000], remainders [0, 0, 0], +1 to []"}.
   *
   * @return the description
   */
  public String describe() {
    return total + " by " + weights + " / " + divisor + ": quotients " + quotients + ", remainders "
        + remainders + ", +1 to " + extraUnitTo;
  }
}
