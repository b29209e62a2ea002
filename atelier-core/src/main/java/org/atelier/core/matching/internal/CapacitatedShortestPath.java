package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Maximum-weight b-matching on a dense matrix by successive shortest augmenting paths,
 * without replicating mentors: Crouse's rectangular shortest-augmenting-path method
 * (D. F. Crouse, "On implementing 2D rectangular assignment algorithms", <i>IEEE Trans.
 * Aerospace and Electronic Systems</i> 52(4), 2016), generalised to column capacities the
 * way successive shortest paths solve a transportation problem (Ahuja, Magnanti and Orlin,
 * <i>Network Flows</i>, 1993, ch. 9).
 *
 * <p>Each unit of row capacity is one Dijkstra search over the columns with reduced costs
 * kept non-negative by row and column potentials. A full column, once reached, leads to all
 * of its rows at the same distance; a column with a free seat ends the search. A virtual
 * column of unlimited capacity and weight 0 stands for "unmatched", so rows never need a
 * perfect matching and the result maximises total weight over all matchings. Columns with
 * free seats keep potential 0, which is what makes stopping at the first free column exact.
 *
 * <p>Per search O(r · m) for r rows reached and m columns, so the total is
 * O(Σcap · n · m) worst case, and each row scan costs m, not Σcapacity: with capacity k the
 * scans are k times shorter than on the replicated n × Σk matrix. Memory O(n + m) besides
 * the weights, read in place.
 */
public final class CapacitatedShortestPath {
  private CapacitatedShortestPath() {}

  /**
   * Solves the problem.
   *
   * @param n the rows (interns)
   * @param m the columns (mentors)
   * @param w row-major weights, {@code NaN} when the pair is not acceptable
   * @param rowCap row capacities
   * @param colCap column capacities
   * @return {@code {rowOfPair, colOfPair}}
   */
  public static int[][] solve(int n, int m, double[] w, int[] rowCap, int[] colCap) {
    int[] slotStart = new int[n + 1];
    boolean unitRows = true;
    for (int i = 0; i < n; i++) {
      int useful = 0;
      int row = i * m;
      for (int j = 0; j < m && useful < rowCap[i]; j++) {
        if (w[row + j] >= 0 && colCap[j] > 0) {
          useful++;
        }
      }
      slotStart[i + 1] = slotStart[i] + useful;
      unitRows &= useful <= 1;
    }
    int slots = slotStart[n];
    int[] slotRow = new int[slots];
    for (int i = 0; i < n; i++) {
      Arrays.fill(slotRow, slotStart[i], slotStart[i + 1], i);
    }
    int[] slotCol = new int[slots];
    Arrays.fill(slotCol, -1);
    int[] nextInCol = new int[slots];
    int[] prevInCol = new int[slots];
    int[] colHead = new int[m];
    Arrays.fill(colHead, -1);
    int[] colUsed = new int[m];
    double[] u = new double[n];
    double[] v = new double[m + 1];
    double[] spc = new double[m + 1];
    int[] pathRow = new int[m + 1];
    int[] rowVia = new int[n];
    double[] rowDist = new double[n];
    int[] rowStamp = new int[n];
    int[] queue = new int[n];
    int[] scannedCols = new int[m + 1];
    int[] active = new int[m + 1];
    int activeCount = 0;
    for (int j = 0; j < m; j++) {
      if (colCap[j] > 0) {
        active[activeCount++] = j;
      }
    }
    active[activeCount++] = m;
    int[] remaining = new int[m + 1];
    int epoch = 0;

    if (!unitRows) {
      MultiUnitSearch search = new MultiUnitSearch(n, m, w, colCap, slotStart, slotRow, slotCol, nextInCol, prevInCol,
          colHead, colUsed, u, v, active, activeCount);
      for (int r0 = 0; r0 < n; r0++) {
        for (int unit = slotStart[r0]; unit < slotStart[r0 + 1]; unit++) {
          search.augment(r0, unit);
        }
      }
      return pairsOf(n, m, slotStart, slotCol);
    }
    for (int r0 = 0; r0 < n; r0++) {
      for (int unit = slotStart[r0]; unit < slotStart[r0 + 1]; unit++) {
        epoch++;
        System.arraycopy(active, 0, remaining, 0, activeCount - 1);
        int remCount = activeCount - 1;
        for (int k = 0; k < remCount; k++) {
          spc[active[k]] = Double.POSITIVE_INFINITY;
        }
        int qHead = 0;
        int qTail = 0;
        queue[qTail++] = r0;
        rowStamp[r0] = epoch;
        rowDist[r0] = 0.0;
        rowVia[r0] = -1;
        int scanned = 0;
        double minVal = 0.0;
        int sink;
        double dummySpc = Double.POSITIVE_INFINITY;
        int dummyRow = -1;
        while (true) {
          double lowest = Double.POSITIVE_INFINITY;
          int index = -1;
          boolean indexFree = false;
          while (qHead < qTail) {
            int i = queue[qHead++];
            double base = minVal - u[i];
            if (base < dummySpc) {
              dummySpc = base;
              dummyRow = i;
            }
            if (qHead < qTail) {
              relax(i, base, m, w, remaining, remCount, spc, pathRow, v);
            } else {
              index = relaxAndSelect(i, base, m, w, remaining, remCount, spc, pathRow, v, colUsed, colCap);
            }
          }
          if (index >= 0) {
            lowest = spc[remaining[index]];
            indexFree = colUsed[remaining[index]] < colCap[remaining[index]];
          }
          if (dummySpc < lowest || (dummySpc == lowest && !indexFree)) {
            minVal = dummySpc;
            spc[m] = dummySpc;
            pathRow[m] = dummyRow;
            scannedCols[scanned++] = m;
            sink = m;
            break;
          }
          minVal = lowest;
          int j = remaining[index];
          remaining[index] = remaining[--remCount];
          scannedCols[scanned++] = j;
          if (indexFree) {
            sink = j;
            break;
          }
          for (int t = colHead[j]; t != -1; t = nextInCol[t]) {
            int i = slotRow[t];
            if (rowStamp[i] != epoch) {
              rowStamp[i] = epoch;
              rowVia[i] = t;
              rowDist[i] = minVal;
              queue[qTail++] = i;
            }
          }
        }
        for (int q = 0; q < qTail; q++) {
          int i = queue[q];
          u[i] += minVal - rowDist[i];
        }
        for (int k = 0; k < scanned; k++) {
          int j = scannedCols[k];
          v[j] -= minVal - spc[j];
        }
        augment(sink, r0, unit, m, pathRow, rowVia, slotCol, colUsed, colHead, nextInCol, prevInCol);
      }
    }
    return pairsOf(n, m, slotStart, slotCol);
  }

  private static void relax(int i, double base, int m, double[] w, int[] remaining, int remCount, double[] spc,
      int[] pathRow, double[] v) {
    int row = i * m;
    for (int k = 0; k < remCount; k++) {
      int j = remaining[k];
      double wj = w[row + j];
      if (wj == wj) {
        double r = base - wj - v[j];
        if (r < spc[j]) {
          spc[j] = r;
          pathRow[j] = i;
        }
      }
    }
  }

  /** Relaxes row i's edges and returns the position of the nearest remaining column (free ones win ties), or -1. */
  private static int relaxAndSelect(int i, double base, int m, double[] w, int[] remaining, int remCount,
      double[] spc, int[] pathRow, double[] v, int[] colUsed, int[] colCap) {
    int row = i * m;
    double lowest = Double.POSITIVE_INFINITY;
    int index = -1;
    boolean indexFree = false;
    for (int k = 0; k < remCount; k++) {
      int j = remaining[k];
      double wj = w[row + j];
      double d = spc[j];
      if (wj == wj) {
        double r = base - wj - v[j];
        if (r < d) {
          d = r;
          spc[j] = r;
          pathRow[j] = i;
        }
      }
      if (d <= lowest) {
        boolean isFree = colUsed[j] < colCap[j];
        if (d < lowest || (!indexFree && isFree)) {
          lowest = d;
          index = k;
          indexFree = isFree;
        }
      }
    }
    return index;
  }

  /**
   * Flips the shortest path that ends at column {@code sink}: walking back from the sink, each
   * row on the path moves its slot to the column it reached, and the path's first row {@code r0}
   * places its new {@code unit}. Shared by both capacitated solvers. O(path length).
   */
  static void augment(int sink, int r0, int unit, int m, int[] pathRow, int[] rowVia, int[] slotCol, int[] colUsed,
      int[] colHead, int[] nextInCol, int[] prevInCol) {
    int j = sink;
    while (true) {
      int i = pathRow[j];
      int t;
      int from;
      if (i == r0) {
        t = unit;
        from = -1;
      } else {
        t = rowVia[i];
        from = slotCol[t];
        unlink(t, from, colHead, nextInCol, prevInCol);
      }
      slotCol[t] = j;
      if (j < m) {
        link(t, j, colHead, nextInCol, prevInCol);
      }
      if (from < 0) {
        break;
      }
      j = from;
    }
    if (sink < m) {
      colUsed[sink]++;
    }
  }

  static int[][] pairsOf(int n, int m, int[] slotStart, int[] slotCol) {
    int slots = slotStart[n];
    int pairs = 0;
    for (int t = 0; t < slots; t++) {
      if (slotCol[t] >= 0 && slotCol[t] < m) {
        pairs++;
      }
    }
    int[] rows = new int[pairs];
    int[] cols = new int[pairs];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int t = slotStart[i]; t < slotStart[i + 1]; t++) {
        if (slotCol[t] >= 0 && slotCol[t] < m) {
          rows[k] = i;
          cols[k++] = slotCol[t];
        }
      }
    }
    return new int[][] {rows, cols};
  }

  static void link(int t, int col, int[] head, int[] next, int[] prev) {
    int h = head[col];
    next[t] = h;
    prev[t] = -1;
    if (h >= 0) {
      prev[h] = t;
    }
    head[col] = t;
  }

  static void unlink(int t, int col, int[] head, int[] next, int[] prev) {
    if (prev[t] >= 0) {
      next[prev[t]] = next[t];
    } else {
      head[col] = next[t];
    }
    if (next[t] >= 0) {
      prev[next[t]] = prev[t];
    }
  }
}
