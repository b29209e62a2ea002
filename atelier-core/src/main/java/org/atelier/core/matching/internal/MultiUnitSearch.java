package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * The shortest augmenting path search of {@link CapacitatedShortestPath} when some row has
 * capacity above 1. A row with several columns keeps complementary slackness only as an
 * inequality (its potential moves while some of its columns stay put), so a row reached
 * backwards through column j is at distance {@code d(j) + slack}, not {@code d(j)}: rows
 * become Dijkstra nodes of their own, kept in a small pending list beside the columns.
 */
final class MultiUnitSearch {
  private final int n;
  private final int m;
  private final double[] w;
  private final int[] colCap;
  private final int[] slotStart;
  private final int[] slotRow;
  private final int[] slotCol;
  private final int[] nextInCol;
  private final int[] prevInCol;
  private final int[] colHead;
  private final int[] colUsed;
  private final double[] u;
  private final double[] v;
  private final int[] active;
  private final int activeCount;
  private final double[] spc;
  private final int[] pathRow;
  private final int[] remaining;
  private final int[] scannedCols;
  private final double[] rowDist;
  private final int[] rowVia;
  private final int[] rowSeen;
  private final boolean[] rowDone;
  private final int[] pending;
  private final int[] doneRows;
  private final int[] colStamp;
  private int epoch;

  MultiUnitSearch(int n, int m, double[] w, int[] colCap, int[] slotStart, int[] slotRow, int[] slotCol,
      int[] nextInCol, int[] prevInCol, int[] colHead, int[] colUsed, double[] u, double[] v, int[] active,
      int activeCount) {
    this.n = n;
    this.m = m;
    this.w = w;
    this.colCap = colCap;
    this.slotStart = slotStart;
    this.slotRow = slotRow;
    this.slotCol = slotCol;
    this.nextInCol = nextInCol;
    this.prevInCol = prevInCol;
    this.colHead = colHead;
    this.colUsed = colUsed;
    this.u = u;
    this.v = v;
    this.active = active;
    this.activeCount = activeCount;
    this.spc = new double[m + 1];
    this.pathRow = new int[m + 1];
    this.remaining = new int[m + 1];
    this.scannedCols = new int[m + 1];
    this.rowDist = new double[n];
    this.rowVia = new int[n];
    this.rowSeen = new int[n];
    this.rowDone = new boolean[n];
    this.pending = new int[n];
    this.doneRows = new int[n];
    this.colStamp = new int[m + 1];
  }

  private boolean free(int j) {
    return j == m || colUsed[j] < colCap[j];
  }

  void augment(int r0, int unit) {
    epoch++;
    System.arraycopy(active, 0, remaining, 0, activeCount);
    int remCount = activeCount;
    for (int k = 0; k < activeCount; k++) {
      spc[active[k]] = Double.POSITIVE_INFINITY;
    }
    int pendingCount = 0;
    int doneCount = 0;
    int scanned = 0;
    rowSeen[r0] = epoch;
    rowVia[r0] = -1;
    rowDist[r0] = 0.0;
    int row = r0;
    double minVal = 0.0;
    int sink;
    while (true) {
      if (row >= 0) {
        rowDone[row] = true;
        doneRows[doneCount++] = row;
        relax(row, minVal, remCount);
        row = -1;
      }
      double lowest = Double.POSITIVE_INFINITY;
      int index = -1;
      boolean indexFree = false;
      for (int k = 0; k < remCount; k++) {
        int j = remaining[k];
        double d = spc[j];
        if (d < lowest || (d == lowest && !indexFree && free(j))) {
          lowest = d;
          index = k;
          indexFree = free(j);
        }
      }
      int bestPending = -1;
      for (int q = 0; q < pendingCount; q++) {
        if (bestPending < 0 || rowDist[pending[q]] < rowDist[pending[bestPending]]) {
          bestPending = q;
        }
      }
      if (bestPending >= 0 && (rowDist[pending[bestPending]] < lowest
          || (rowDist[pending[bestPending]] == lowest && !indexFree))) {
        row = pending[bestPending];
        pending[bestPending] = pending[--pendingCount];
        minVal = rowDist[row];
        continue;
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
        if (rowSeen[i] == epoch && rowDone[i]) {
          continue;
        }
        double slack = Math.max(0.0, u[i] + v[j] + w[i * m + j]);
        double d = minVal + slack;
        if (rowSeen[i] != epoch) {
          rowSeen[i] = epoch;
          rowDone[i] = false;
          rowDist[i] = d;
          rowVia[i] = t;
          pending[pendingCount++] = i;
        } else if (d < rowDist[i]) {
          rowDist[i] = d;
          rowVia[i] = t;
        }
      }
    }
    for (int q = 0; q < doneCount; q++) {
      int i = doneRows[q];
      u[i] += minVal - rowDist[i];
      rowDone[i] = false;
    }
    for (int q = 0; q < pendingCount; q++) {
      rowDone[pending[q]] = false;
    }
    for (int k = 0; k < scanned; k++) {
      int j = scannedCols[k];
      v[j] -= minVal - spc[j];
    }
    CapacitatedShortestPath.augment(sink, r0, unit, m, pathRow, rowVia, slotCol, colUsed, colHead, nextInCol,
        prevInCol);
    Arrays.fill(colStamp, 0);
  }

  private void relax(int i, double dist, int remCount) {
    for (int t = slotStart[i]; t < slotStart[i + 1]; t++) {
      if (slotCol[t] >= 0 && slotCol[t] < m) {
        colStamp[slotCol[t]] = epoch;
      }
    }
    double base = dist - u[i];
    int rowOff = i * m;
    for (int k = 0; k < remCount; k++) {
      int j = remaining[k];
      double c;
      if (j == m) {
        c = 0.0;
      } else {
        double wj = w[rowOff + j];
        if (wj != wj || colStamp[j] == epoch) {
          continue;
        }
        c = -wj;
      }
      double r = base + c - v[j];
      if (r < spc[j]) {
        spc[j] = r;
        pathRow[j] = i;
      }
    }
    for (int t = slotStart[i]; t < slotStart[i + 1]; t++) {
      if (slotCol[t] >= 0 && slotCol[t] < m) {
        colStamp[slotCol[t]] = 0;
      }
    }
  }
}
