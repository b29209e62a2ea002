package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void largestRemainder_splitsTheScenarioBudgetByShares() {
    assertThat(Allocation.largestRemainder(Money.parse("1000.00", "USD"), List.of(30L, 30L, 40L)))
        .containsExactly(Money.parse("300.00", "USD"), Money.parse("300.00", "USD"), Money.parse("400.00", "USD"));
  }

  @Test
  void largestRemainder_givesLeftoverUnitsToLargerRemaindersThenLowerIndexes() {
    // 100 by [1, 1, 1]: quotas 33 each, remainders equal -> the lower index wins the unit.
    assertThat(Allocation.largestRemainder(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    // 10 by [3, 3, 4] / 10 -> quotas 3, 3, 4 exactly.
    assertThat(Allocation.largestRemainder(10, new long[] {3, 3, 4})).containsExactly(3, 3, 4);
    // 7 by [1, 2, 4]: exact 1, 2, 4.
    assertThat(Allocation.largestRemainder(7, new long[] {1, 2, 4})).containsExactly(1, 2, 4);
    // 5 by [1, 1, 2]: quotas 1.25, 1.25, 2.5 -> floors 1, 1, 2; remainders 1, 1, 2 -> index 2 first.
    assertThat(Allocation.largestRemainder(5, new long[] {1, 1, 2})).containsExactly(1, 1, 3);
  }

  @Test
  void trace_showsQuotientsRemaindersAndWhoGotTheLeftover() {
    AllocationTrace trace = Allocation.trace(100, new long[] {1, 1, 1});
    assertThat(trace.divisor()).isEqualTo(3);
    assertThat(trace.quotients()).containsExactly(33L, 33L, 33L);
    assertThat(trace.remainders()).containsExactly(1L, 1L, 1L);
    assertThat(trace.extraUnitTo()).containsExactly(0);
    assertThat(trace.describe()).isEqualTo("100 by [1, 1, 1] / 3: quotients [33, 33, 33], remainders [1, 1, 1], +1 to [0]");
  }

  @Test
  void largestRemainder_isExactNearLongMaxValue() {
    long[] parts = Allocation.largestRemainder(Long.MAX_VALUE, new long[] {1, 1, 1});
    assertThat(Math.addExact(Math.addExact(parts[0], parts[1]), parts[2])).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void largestRemainder_refusesBadWeightsWithValidation() {
    assertValidation(() -> Allocation.largestRemainder(10, new long[] {}), "at least one weight");
    assertValidation(() -> Allocation.largestRemainder(10, new long[] {1, -1}), "expected weights >= 0");
    assertValidation(() -> Allocation.largestRemainder(10, new long[] {0, 0}), "sum to zero");
    assertValidation(() -> Allocation.largestRemainder(10, new long[] {Long.MAX_VALUE, 1}), "overflow");
  }

  @Test
  void largestRemainder_partsSumExactlyAndAreNeverNegative() {
    qt().withExamples(400)
        .forAll(longs().between(0, Long.MAX_VALUE), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 8))
        .assuming((total, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
        .check((total, weights) -> {
          long[] w = weights.stream().mapToLong(Long::longValue).toArray();
          long[] parts = Allocation.largestRemainder(total, w);
          long sum = 0;
          for (int i = 0; i < parts.length; i++) {
            if (parts[i] < 0 || (w[i] == 0 && parts[i] != 0)) {
              return false;
            }
            sum = Math.addExact(sum, parts[i]);
          }
          return sum == total && Arrays.equals(parts, Allocation.largestRemainder(total, w.clone()));
        });
  }

  @Test
  void largestRemainder_eachPartIsWithinOneUnitOfItsQuotaAndTiesGoToLowerIndex() {
    qt().withExamples(300)
        .forAll(longs().between(0, 1_000_000_000L), integers().between(1, 7), longs().between(1, 1000))
        .check((total, n, weight) -> {
          long[] w = new long[n];
          Arrays.fill(w, weight);
          long[] parts = Allocation.largestRemainder(total, w);
          // Equal weights: the parts never increase with the index, and differ by at most one.
          for (int i = 1; i < n; i++) {
            if (parts[i] > parts[i - 1] || parts[0] - parts[i] > 1) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void largestRemainder_leftoverUnitsGoToTheLargestRemaindersThenTheLowerIndex() {
    qt().withExamples(300)
        .forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE),
            lists().of(longs().between(0, 1_000_000_000_000L)).ofSizeBetween(1, 8))
        .assuming((total, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
        .check((total, weights) -> {
          AllocationTrace trace = Allocation.trace(total, weights.stream().mapToLong(Long::longValue).toArray());
          List<Integer> extra = trace.extraUnitTo();
          List<Long> r = trace.remainders();
          for (int i : extra) {
            for (int j = 0; j < r.size(); j++) {
              boolean jOutranksI = r.get(j) > r.get(i) || (r.get(j).equals(r.get(i)) && j < i);
              if (!extra.contains(j) && jOutranksI) {
                return false;
              }
            }
          }
          long sum = 0;
          for (long part : trace.parts()) {
            if (total < 0 ? part > 0 : part < 0) {
              return false;
            }
            sum += part;
          }
          return sum == total;
        });
  }

  static void assertValidation(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fragment) {
    assertThatThrownBy(call)
        .isInstanceOf(AtelierException.class)
        .hasMessageContaining(fragment)
        .extracting(e -> ((AtelierException) e).code())
        .isEqualTo(ErrorCode.VALIDATION);
  }
}
