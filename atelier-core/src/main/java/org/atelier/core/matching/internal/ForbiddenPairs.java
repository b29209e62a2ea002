package org.atelier.core.matching.internal;

/**
 * Forbidden pairs as a builder gathers them, in the order given and possibly repeated, then
 * compressed to sorted, distinct rows. F pairs cost O(F) to gather and O(F log d) to
 * compress, d the most pairs of one intern. Not thread-safe.
 */
public final class ForbiddenPairs {
  private final PairList pairs = new PairList();

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
    pairs.add(intern, mentor);
  }

  /**
   * The distinct pairs as compressed rows, each row's mentors ascending.
   *
   * @param rows the number of interns
   * @return {@code {offsets, mentors}}
   */
  public int[][] compress(int rows) {
    int[] sortedOffsets = new int[rows + 1];
    int[] order = pairs.sortedOrder(rows, sortedOffsets);
    int[] offsets = new int[rows + 1];
    int[] rowMentors = new int[order.length];
    int distinct = 0;
    for (int i = 0; i < rows; i++) {
      for (int p = sortedOffsets[i]; p < sortedOffsets[i + 1]; p++) {
        int mentor = pairs.mentor(order[p]);
        if (p == sortedOffsets[i] || mentor != rowMentors[distinct - 1]) {
          rowMentors[distinct++] = mentor;
        }
      }
      offsets[i + 1] = distinct;
    }
    return new int[][] {offsets, java.util.Arrays.copyOf(rowMentors, distinct)};
  }
}
