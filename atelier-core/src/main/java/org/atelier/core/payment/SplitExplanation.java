package org.atelier.core.payment;

import java.util.List;
import java.util.Objects;
import org.atelier.spi.Money;

/**
 * How a policy split one amount: the policy, the weights, the exact allocation and any
 * adjustment (such as a top-up to the hourly floor), so a payout is explainable to the cent.
 *
 * @param policy the policy's {@link SplitPolicy#describe() description}
 * @param amount the amount split
 * @param weights the weights, platform / mentor / intern
 * @param allocation the largest-remainder working over the weights
 * @param adjustments what was changed after the allocation, and why, in order; usually empty
 * @param split the result
 * @since 0.1
 */
public record SplitExplanation(String policy, Money amount, SplitWeights weights, AllocationTrace allocation,
    List<String> adjustments, Split split) {
  /**
   * Copies the adjustments.
   *
   * @param policy the policy
   * @param amount the amount
   * @param weights the weights
   * @param allocation the working
   * @param adjustments the adjustments
   * @param split the result
   */
  public SplitExplanation {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(split, "split");
    adjustments = List.copyOf(adjustments);
  }

  /**
   * Splits an amount by weights with largest remainder, without adjustments.
   *
   * @param policy the policy's description
   * @param amount the amount, not negative
   * @param weights the weights
   * @return the explanation
   */
  static SplitExplanation allocate(String policy, Money amount, SplitWeights weights) {
    AllocationTrace trace = Allocation.trace(amount.minorUnits(), weights.toArray());
    List<Long> parts = trace.parts();
    Split split = new Split(new Money(amount.currency(), parts.get(0)), new Money(amount.currency(), parts.get(1)),
        new Money(amount.currency(), parts.get(2)));
    return new SplitExplanation(policy, amount, weights, trace, List.of(), split);
  }

  /**
   * This explanation with another result and one more adjustment.
   *
   * @param adjusted the adjusted split
   * @param why the adjustment
   * @return the new explanation
   */
  SplitExplanation adjust(Split adjusted, String why) {
    List<String> more = new java.util.ArrayList<>(adjustments);
    more.add(why);
    return new SplitExplanation(policy, amount, weights, allocation, more, adjusted);
  }

  /**
   * This explanation under an outer policy's description.
   *
   * @param outer the decorating policy's description
   * @return the new explanation
   */
  SplitExplanation describedAs(String outer) {
    return new SplitExplanation(outer, amount, weights, allocation, adjustments, split);
  }
}
