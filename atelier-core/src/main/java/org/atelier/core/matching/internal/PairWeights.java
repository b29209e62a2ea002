package org.atelier.core.matching.internal;

import java.util.Arrays;
import java.util.List;
import org.atelier.core.AtelierException;

/**
 * Explicit pair weights as a builder gathers them, in the order given, then compressed to
 * sparse rows sorted by (intern, mentor). E weights cost O(E) to gather and O(E log d) to
 * compress, d the most weights of one intern. Not thread-safe.
 */
public final class PairWeights {
  private final PairList pairs = new PairList();
  private double[] values = new double[16];

  /** Creates an empty list of weights. */
  public PairWeights() {}

  /**
   * Records a weight; the caller has checked the indexes and that the weight is finite.
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   * @param weight the weight
   */
  public void add(int intern, int mentor, double weight) {
    int k = pairs.add(intern, mentor);
    if (k == values.length) {
      values = Arrays.copyOf(values, 2 * k);
    }
    values[k] = weight;
  }

  /**
   * How many weights were recorded.
   *
   * @return the count
   */
  public int count() {
    return pairs.count();
  }

  /**
   * The weights as compressed sparse rows, sorted by (intern, mentor).
   *
   * @param rows the number of interns
   * @param internIds the interns' ids, for the message
   * @param mentorIds the mentors' ids, for the message
   * @return {@code {int[] offsets, int[] mentors, double[] values}}
   * @throws AtelierException {@code VALIDATION} naming a pair that was weighted twice
   */
  public Object[] compress(int rows, List<String> internIds, List<String> mentorIds) {
    int[] offsets = new int[rows + 1];
    int[] order = pairs.sortedOrder(rows, offsets);
    int[] rowMentors = new int[order.length];
    double[] rowValues = new double[order.length];
    for (int p = 0; p < order.length; p++) {
      int k = order[p];
      rowMentors[p] = pairs.mentor(k);
      rowValues[p] = values[k];
    }
    for (int i = 0; i < rows; i++) {
      for (int p = offsets[i] + 1; p < offsets[i + 1]; p++) {
        if (rowMentors[p] == rowMentors[p - 1]) {
          int k = order[p];
          throw AtelierException.validation("the pair (\"" + internIds.get(pairs.intern(k)) + "\", \""
              + mentorIds.get(pairs.mentor(k)) + "\") has two weights; give each pair at most one");
        }
      }
    }
    return new Object[] {offsets, rowMentors, rowValues};
  }
}
