package org.atelier.core.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PairListTest {

  @Test
  void forbiddenPairs_compressToDistinctSortedRows() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 12), integers().between(0, 80))
        .checkAssert((seed, rows, count) -> {
          SplittableRandom r = new SplittableRandom(seed);
          ForbiddenPairs f = new ForbiddenPairs();
          TreeSet<Long> expected = new TreeSet<>();
          for (int k = 0; k < count; k++) {
            int i = r.nextInt(rows);
            int j = r.nextInt(6);
            f.add(i, j);
            expected.add(((long) i << 32) | j);
          }
          int[][] c = f.compress(rows);
          List<Long> actual = new ArrayList<>();
          for (int i = 0; i < rows; i++) {
            for (int x = c[0][i]; x < c[0][i + 1]; x++) {
              actual.add(((long) i << 32) | c[1][x]);
            }
          }
          assertThat(c[0][rows]).isEqualTo(c[1].length);
          assertThat(actual).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void pairWeights_compressToRowsSortedByMentor_withTheirValues() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 12), integers().between(0, 60))
        .checkAssert((seed, rows, count) -> {
          SplittableRandom r = new SplittableRandom(seed);
          PairWeights w = new PairWeights();
          TreeMap<Long, Double> expected = new TreeMap<>();
          while (expected.size() < Math.min(count, rows * 40)) {
            int i = r.nextInt(rows);
            int j = r.nextInt(40);
            double v = r.nextInt(1000) / 10.0;
            if (expected.putIfAbsent(((long) i << 32) | j, v) == null) {
              w.add(i, j, v);
            }
          }
          Object[] c = w.compress(rows, List.of(), List.of());
          int[] offsets = (int[]) c[0];
          int[] mentors = (int[]) c[1];
          double[] values = (double[]) c[2];
          TreeMap<Long, Double> actual = new TreeMap<>();
          List<Long> order = new ArrayList<>();
          for (int i = 0; i < rows; i++) {
            for (int x = offsets[i]; x < offsets[i + 1]; x++) {
              long key = ((long) i << 32) | mentors[x];
              actual.put(key, values[x]);
              order.add(key);
            }
          }
          assertThat(actual).isEqualTo(expected);
          assertThat(order).isSorted();
        });
  }

  @Test
  void pairWeights_namingAPairWeightedTwice() {
    PairWeights w = new PairWeights();
    w.add(1, 0, 2.0);
    w.add(0, 1, 1.0);
    w.add(1, 0, 3.0);
    assertThatThrownBy(() -> w.compress(2, List.of("a", "b"), List.of("x", "y")))
        .hasMessage("the pair (\"b\", \"x\") has two weights; give each pair at most one");
  }
}
