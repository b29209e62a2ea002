package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Forbidden pairs as a builder gathers them, in the order given and possibly repeated, then
 * compressed to sorted, distinct rows. Flat primitive arrays that double when full, so F
 * pairs cost O(F) to gather and O(F log F) to compress. Not thread-safe.
 */
public final class ForbiddenPairs {
  private int[] interns = new int[4];
  private int[] mentors = new int[4];
  private int count;

  /** Creates an empty list of forbidden pairs. */
  public ForbiddenPairs() {}

  /**
   * Records a forbidden pair; the caller has checked the indexes. A repeat is kept here and
   * dropped by {@link #compress}.
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   */
  public void add(int intern, int mentor) {
    interns = grow(interns, count);
    mentors = grow(mentors, count);
    interns[count] = intern;
    mentors[count++] = mentor;
  }

  /**
   * The distinct pairs as compressed rows, each row's mentors ascending. O(F log F).
   *
   * @param rows the number of interns
   * @return {@code {offsets, mentors}}
   */
  public int[][] compress(int rows) {
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      keys[k] = ((long) interns[k] << 32) | mentors[k];
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int k = 0; k < keys.length; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        keys[distinct++] = keys[k];
      }
    }
    int[] offsets = new int[rows + 1];
    int[] rowMentors = new int[distinct];
    for (int k = 0; k < distinct; k++) {
      offsets[(int) (keys[k] >>> 32) + 1]++;
      rowMentors[k] = (int) keys[k];
    }
    for (int i = 0; i < rows; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new int[][] {offsets, rowMentors};
  }

  private static int[] grow(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }
}
