package org.atelier.core.matching.internal;

import java.util.Arrays;
import java.util.List;
import org.atelier.core.AtelierException;

/**
 * Explicit pair weights as a builder gathers them, in the order given, then compressed to
 * sparse rows sorted by (intern, mentor). Flat primitive arrays that double when full, so
 * E weights cost O(E) to gather and O(E log E) to compress. Not thread-safe.
 */
public final class PairWeights {
  private int[] interns = new int[16];
  private int[] mentors = new int[16];
  private double[] values = new double[16];
  private int count;

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
    interns = grow(interns, count);
    mentors = grow(mentors, count);
    if (count == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    interns[count] = intern;
    mentors[count] = mentor;
    values[count++] = weight;
  }

  /**
   * How many weights were recorded.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The weights as compressed sparse rows, sorted by (intern, mentor). O(E log E).
   *
   * @param rows the number of interns
   * @param internIds the interns' ids, for the message
   * @param mentorIds the mentors' ids, for the message
   * @return {@code {int[] offsets, int[] mentors, double[] values}}
   * @throws AtelierException {@code VALIDATION} naming a pair that was weighted twice
   */
  public Object[] compress(int rows, List<String> internIds, List<String> mentorIds) {
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      keys[k] = ((long) interns[k] << 32) | ((long) mentors[k] << 0 & 0xffffffffL);
    }
    Integer[] order = new Integer[count];
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    int[] offsets = new int[rows + 1];
    int[] rowMentors = new int[count];
    double[] rowValues = new double[count];
    for (int p = 0; p < count; p++) {
      int k = order[p];
      if (p > 0 && keys[order[p - 1]] == keys[k]) {
        throw AtelierException.validation("the pair (\"" + internIds.get(interns[k]) + "\", \""
            + mentorIds.get(mentors[k]) + "\") has two weights; give each pair at most one");
      }
      offsets[interns[k] + 1]++;
      rowMentors[p] = mentors[k];
      rowValues[p] = values[k];
    }
    for (int i = 0; i < rows; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new Object[] {offsets, rowMentors, rowValues};
  }

  private static int[] grow(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }
}
