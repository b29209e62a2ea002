package org.atelier.core.matching.internal;

/**
 * Greedy selection of pairs by decreasing weight on a dense matrix: the cells are sorted by
 * an in-place primitive quicksort of cell indexes (no boxing), then taken while capacity lasts.
 */
public final class GreedySelection {
  private GreedySelection() {}

  /**
   * Selects pairs.
   *
   * @param n rows
   * @param m columns
   * @param w row-major weights, {@code NaN} when missing
   * @param rowCap row capacities
   * @param colCap column capacities
   * @return {@code {rowOfPair, colOfPair}}
   */
  public static int[][] select(int n, int m, double[] w, int[] rowCap, int[] colCap) {
    int count = 0;
    for (double x : w) {
      if (x == x) {
        count++;
      }
    }
    int[] cells = new int[count];
    int k = 0;
    for (int c = 0; c < w.length; c++) {
      if (w[c] == w[c]) {
        cells[k++] = c;
      }
    }
    sort(cells, 0, count - 1, w);
    int[] rowLeft = rowCap.clone();
    int[] colLeft = colCap.clone();
    int[] rows = new int[Math.min(count, n * 1 + m)];
    int[] cols = new int[rows.length];
    int pairs = 0;
    for (int c : cells) {
      int i = c / m;
      int j = c - i * m;
      if (rowLeft[i] > 0 && colLeft[j] > 0) {
        rowLeft[i]--;
        colLeft[j]--;
        if (pairs == rows.length) {
          rows = java.util.Arrays.copyOf(rows, rows.length * 2);
          cols = java.util.Arrays.copyOf(cols, cols.length * 2);
        }
        rows[pairs] = i;
        cols[pairs++] = j;
      }
    }
    return new int[][] {java.util.Arrays.copyOf(rows, pairs), java.util.Arrays.copyOf(cols, pairs)};
  }

  /** Heavier first; equal weights by smaller cell index (row-major: intern, then mentor). */
  private static boolean before(int a, int b, double[] w) {
    double wa = w[a];
    double wb = w[b];
    return wa > wb || (wa == wb && a < b);
  }

  private static void sort(int[] a, int lo, int hi, double[] w) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      if (before(a[mid], a[lo], w)) {
        swap(a, mid, lo);
      }
      if (before(a[hi], a[lo], w)) {
        swap(a, hi, lo);
      }
      if (before(a[hi], a[mid], w)) {
        swap(a, hi, mid);
      }
      int pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (before(a[i], pivot, w)) {
          i++;
        }
        while (before(pivot, a[j], w)) {
          j--;
        }
        if (i <= j) {
          swap(a, i++, j--);
        }
      }
      if (j - lo < hi - i) {
        sort(a, lo, j, w);
        lo = i;
      } else {
        sort(a, i, hi, w);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= lo && before(x, a[j], w)) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
