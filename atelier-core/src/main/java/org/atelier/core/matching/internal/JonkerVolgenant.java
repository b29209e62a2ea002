package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * The Jonker–Volgenant algorithm (LAPJV) for the dense square assignment problem
 * (R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and sparse
 * linear assignment problems", <i>Computing</i> 38, 1987), maximising weight.
 *
 * <p>Three phases: column reduction with reduction transfer, two rounds of augmenting row
 * reduction (cheap auctions that settle most rows on random instances), then Dijkstra-style
 * shortest augmenting paths for the rows still free, with column prices only (row prices
 * are implicit). O(n<sup>3</sup>) worst case, close to O(n<sup>2</sup>) on random
 * instances; O(n) working memory besides the weights, which are read in place.
 *
 * <p>A missing cell ({@code NaN}) or a negative weight is read as weight 0: on a square
 * matrix every maximum-weight matching extends to a complete assignment with those cells,
 * and the caller drops them afterwards. So the result is a maximum-weight matching that
 * need not be perfect.
 */
public final class JonkerVolgenant {
  /** Augmenting row reduction may run at most this many times n iterations; unbounded, it stalls on geometric instances. */
  private static final int BUDGET = 4;

  private JonkerVolgenant() {}

  /**
   * Solves the square problem.
   *
   * @param n the side of the matrix
   * @param w the row-major weights, {@code n * n} cells, {@code NaN} when missing
   * @return {@code colOfRow}, a permutation
   */
  public static int[] solve(int n, double[] w) {
    int[] x = new int[n];
    int[] y = new int[n];
    if (n == 0) {
      return x;
    }
    if (n == 1) {
      return x;
    }
    double[] v = new double[n];
    int[] free = new int[n];
    int nFree = columnReduction(n, w, x, y, v, free);
    long[] budget = {(long) BUDGET * n};
    for (int round = 0; round < 2 && nFree > 0 && budget[0] > 0; round++) {
      nFree = augmentingRowReduction(n, w, x, y, v, free, nFree, budget);
    }
    if (nFree > 0) {
      augment(n, w, x, y, v, free, nFree);
    }
    return x;
  }

  /** The cost of a cell: the negated weight, with missing and negative cells at 0. */
  private static double cost(double weight) {
    return weight > 0 ? -weight : 0.0;
  }

  private static int columnReduction(int n, double[] w, int[] x, int[] y, double[] v, int[] free) {
    Arrays.fill(x, -1);
    Arrays.fill(v, Double.MAX_VALUE);
    Arrays.fill(y, 0);
    for (int i = 0; i < n; i++) {
      int row = i * n;
      for (int j = 0; j < n; j++) {
        double c = cost(w[row + j]);
        if (c < v[j]) {
          v[j] = c;
          y[j] = i;
        }
      }
    }
    boolean[] unique = new boolean[n];
    Arrays.fill(unique, true);
    for (int j = n - 1; j >= 0; j--) {
      int i = y[j];
      if (x[i] < 0) {
        x[i] = j;
      } else {
        unique[i] = false;
        y[j] = -1;
      }
    }
    int nFree = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] < 0) {
        free[nFree++] = i;
      } else if (unique[i]) {
        int j = x[i];
        int row = i * n;
        double min = Double.MAX_VALUE;
        for (int j2 = 0; j2 < n; j2++) {
          if (j2 != j) {
            double c = cost(w[row + j2]) - v[j2];
            if (c < min) {
              min = c;
            }
          }
        }
        v[j] -= min;
      }
    }
    return nFree;
  }

  private static int augmentingRowReduction(int n, double[] w, int[] x, int[] y, double[] v, int[] free, int nFree,
      long[] budget) {
    int current = 0;
    int newFree = 0;
    long rrCount = 0;
    while (current < nFree) {
      if (--budget[0] < 0) {
        int rest = nFree - current;
        System.arraycopy(free, current, free, newFree, rest);
        return newFree + rest;
      }
      rrCount++;
      int freeI = free[current++];
      int row = freeI * n;
      int j1 = 0;
      double v1 = cost(w[row]) - v[0];
      int j2 = -1;
      double v2 = Double.MAX_VALUE;
      for (int j = 1; j < n; j++) {
        double c = cost(w[row + j]) - v[j];
        if (c < v2) {
          if (c >= v1) {
            v2 = c;
            j2 = j;
          } else {
            v2 = v1;
            v1 = c;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = y[j1];
      double v1New = v[j1] - (v2 - v1);
      boolean v1Lowers = v1New < v[j1];
      if (rrCount < (long) current * n) {
        if (v1Lowers) {
          v[j1] = v1New;
        } else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = y[j2];
        }
        if (i0 >= 0) {
          if (v1Lowers) {
            free[--current] = i0;
          } else {
            free[newFree++] = i0;
          }
        }
      } else if (i0 >= 0) {
        free[newFree++] = i0;
      }
      x[freeI] = j1;
      y[j1] = freeI;
      if (i0 >= 0 && x[i0] == j1) {
        x[i0] = -1;
      }
    }
    return newFree;
  }

  private static void augment(int n, double[] w, int[] x, int[] y, double[] v, int[] free, int nFree) {
    int[] pred = new int[n];
    int[] cols = new int[n];
    double[] d = new double[n];
    for (int f = 0; f < nFree; f++) {
      int start = free[f];
      int j = findPath(n, w, start, y, v, pred, cols, d);
      int i = -1;
      while (i != start) {
        i = pred[j];
        y[j] = i;
        int previous = x[i];
        x[i] = j;
        j = previous;
      }
    }
  }

  private static int findPath(int n, double[] w, int start, int[] y, double[] v, int[] pred, int[] cols, double[] d) {
    int row = start * n;
    for (int j = 0; j < n; j++) {
      cols[j] = j;
      pred[j] = start;
      d[j] = cost(w[row + j]) - v[j];
    }
    int lo = 0;
    int hi = 0;
    int ready = 0;
    int finalJ = -1;
    while (finalJ == -1) {
      if (lo == hi) {
        ready = lo;
        hi = lo + 1;
        double mind = d[cols[lo]];
        for (int k = hi; k < n; k++) {
          int j = cols[k];
          double dj = d[j];
          if (dj <= mind) {
            if (dj < mind) {
              hi = lo;
              mind = dj;
            }
            cols[k] = cols[hi];
            cols[hi++] = j;
          }
        }
        for (int k = lo; k < hi; k++) {
          if (y[cols[k]] < 0) {
            finalJ = cols[k];
            break;
          }
        }
      }
      if (finalJ == -1) {
        scan:
        while (lo != hi) {
          int j = cols[lo++];
          int i = y[j];
          double mind = d[j];
          int irow = i * n;
          double h = cost(w[irow + j]) - v[j] - mind;
          for (int k = hi; k < n; k++) {
            int j2 = cols[k];
            double cred = cost(w[irow + j2]) - v[j2] - h;
            if (cred < d[j2]) {
              d[j2] = cred;
              pred[j2] = i;
              if (cred == mind) {
                if (y[j2] < 0) {
                  finalJ = j2;
                  break scan;
                }
                cols[k] = cols[hi];
                cols[hi++] = j2;
              }
            }
          }
        }
      }
    }
    double mind = d[finalJ];
    for (int k = 0; k < ready; k++) {
      int j = cols[k];
      v[j] += d[j] - mind;
    }
    return finalJ;
  }
}
