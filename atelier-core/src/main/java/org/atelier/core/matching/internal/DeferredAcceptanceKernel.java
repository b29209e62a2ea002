package org.atelier.core.matching.internal;

/**
 * Deferred acceptance with capacities on both sides (Gale and Shapley 1962; Roth 1984 for
 * many-to-many with responsive preferences) on flat arrays.
 *
 * <p>Each proposer with free capacity proposes down its list; each receiver holds its best
 * {@code capacity} proposals in a max-heap of ranks and releases the worst when a better one
 * arrives. O(E log c) time for E list entries and receiver capacity c, O(n + m + E) memory,
 * no per-proposal objects. The result is the proposer-optimal stable matching.
 */
public final class DeferredAcceptanceKernel {
  private DeferredAcceptanceKernel() {}

  /**
   * Runs deferred acceptance.
   *
   * @param proposers the number of proposers
   * @param pCap proposer capacities
   * @param pOff proposer list offsets
   * @param prop per proposer entry s, the receiver at {@code 2s} and at {@code 2s + 1} the
   *     receiver's 0-based rank of the proposer, or -1 when the pair is not acceptable (see
   *     {@link RankInversion#interleaved})
   * @param receivers the number of receivers
   * @param rCap receiver capacities
   * @param rOff receiver list offsets
   * @return {@code {proposerOfPair, receiverOfPair}}
   */
  public static int[][] run(int proposers, int[] pCap, int[] pOff, int[] prop, int receivers, int[] rCap,
      int[] rOff) {
    // Layouts chosen so that one proposal touches few cache lines: a proposer's entries are
    // (receiver, rank) pairs side by side; a receiver's heap base, room and size share a line;
    // a heap entry carries the proposer with the rank, so an eviction needs no list lookup.
    int[] meta = new int[3 * receivers];
    int total = 0;
    for (int r = 0; r < receivers; r++) {
      int room = Math.min(rCap[r], rOff[r + 1] - rOff[r]);
      meta[3 * r] = total;
      meta[3 * r + 1] = room;
      total += room;
    }
    long[] heap = new long[total];
    int[] state = new int[2 * proposers];
    int[] stack = new int[proposers];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      state[2 * p] = pOff[p];
      if (pCap[p] > 0 && pOff[p + 1] > pOff[p]) {
        stack[top++] = p;
        state[2 * p + 1] = QUEUED;
      }
    }
    while (top > 0) {
      int p = stack[--top];
      int s = state[2 * p];
      int h = state[2 * p + 1] & ~QUEUED;
      int end = pOff[p + 1];
      int cap = pCap[p];
      while (h < cap && s < end) {
        int r = prop[2 * s];
        int k = prop[2 * s + 1];
        s++;
        if (k < 0) {
          continue;
        }
        int m3 = 3 * r;
        int base = meta[m3];
        int room = meta[m3 + 1];
        int size = meta[m3 + 2];
        long entry = ((long) k << 32) | p;
        if (size < room) {
          siftUp(heap, base, size, entry);
          meta[m3 + 2] = size + 1;
          h++;
        } else if (room > 0 && entry < heap[base]) {
          int q = (int) heap[base];
          siftDown(heap, base, room, entry);
          h++;
          int qh = state[2 * q + 1];
          if ((qh & QUEUED) == 0) {
            stack[top++] = q;
            state[2 * q + 1] = (qh - 1) | QUEUED;
          } else {
            state[2 * q + 1] = qh - 1;
          }
        }
      }
      state[2 * p] = s;
      state[2 * p + 1] = h;
    }
    int pairs = 0;
    for (int r = 0; r < receivers; r++) {
      pairs += meta[3 * r + 2];
    }
    int[] proposerOf = new int[pairs];
    int[] receiverOf = new int[pairs];
    int k = 0;
    for (int r = 0; r < receivers; r++) {
      int base = meta[3 * r];
      for (int x = 0; x < meta[3 * r + 2]; x++) {
        proposerOf[k] = (int) heap[base + x];
        receiverOf[k++] = r;
      }
    }
    return new int[][] {proposerOf, receiverOf};
  }

  private static final int QUEUED = 1 << 30;

  private static void siftUp(long[] heap, int base, int size, long value) {
    int i = size;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long pv = heap[base + parent];
      if (pv >= value) {
        break;
      }
      heap[base + i] = pv;
      i = parent;
    }
    heap[base + i] = value;
  }

  /** Replaces the root (the worst held rank) with {@code value} and restores the max-heap. */
  private static void siftDown(long[] heap, int base, int size, long value) {
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[base + child + 1] > heap[base + child]) {
        child++;
      }
      long cv = heap[base + child];
      if (cv <= value) {
        break;
      }
      heap[base + i] = cv;
      i = child;
    }
    heap[base + i] = value;
  }
}
