package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * (intern, mentor) pairs as a builder gathers them, in the order given, in flat primitive
 * arrays that double when full, and their order by (intern, mentor) for compressing to rows.
 * O(P) to gather, O(P log d) to sort, where d is the longest row. Not thread-safe.
 */
final class PairList {
  private int[] interns = new int[16];
  private int[] mentors = new int[16];
  private int count;

  /** Records a pair and returns its index, counting from 0. */
  int add(int intern, int mentor) {
    if (count == interns.length) {
      interns = Arrays.copyOf(interns, 2 * count);
      mentors = Arrays.copyOf(mentors, 2 * count);
    }
    interns[count] = intern;
    mentors[count] = mentor;
    return count++;
  }

  int count() {
    return count;
  }

  int intern(int k) {
    return interns[k];
  }

  int mentor(int k) {
    return mentors[k];
  }

  /**
   * The pairs' indexes sorted by (intern, mentor), repeats side by side and in the order
   * given: a counting sort by intern, then each row sorted by mentor. Primitive arrays only.
   *
   * @param rows the number of interns; every recorded intern is below it
   * @param offsets receives, at {@code offsets[i]} for {@code i <= rows}, where row i starts
   *     in the returned order (so it needs {@code rows + 1} entries)
   * @return the indexes
   */
  int[] sortedOrder(int rows, int[] offsets) {
    Arrays.fill(offsets, 0);
    for (int k = 0; k < count; k++) {
      offsets[interns[k] + 1]++;
    }
    for (int i = 0; i < rows; i++) {
      offsets[i + 1] += offsets[i];
    }
    long[] keys = new long[count];
    int[] fill = Arrays.copyOf(offsets, rows);
    for (int k = 0; k < count; k++) {
      keys[fill[interns[k]]++] = ((long) mentors[k] << 32) | k;
    }
    int[] order = new int[count];
    for (int i = 0; i < rows; i++) {
      Arrays.sort(keys, offsets[i], offsets[i + 1]);
    }
    for (int p = 0; p < count; p++) {
      order[p] = (int) keys[p];
    }
    return order;
  }
}
