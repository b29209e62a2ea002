package org.atelier.core.matching.internal;

/**
 * Deferred acceptance with capacities on both sides (Gale and Shapley 1962; Roth 1984 for
 * many-to-many with responsive preferences) on flat arrays.
 *
 * <p>Each proposer with free capacity proposes down its list; each receiver holds its best
 * {@code capacity} proposals in a max-heap of ranks and releases the worst when a better one
 * arrives; a full receiver also keeps its worst held rank beside its heap offsets, so a
 * rejected proposal costs one comparison and no heap access. O(E log c) time for E list
 * entries and receiver capacity c, O(n + m + E) memory,
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
    // (receiver, rank) pairs side by side; a receiver's heap base, room, size and admission
    // threshold share a line; a heap entry carries the proposer with the rank, so an eviction
    // needs no list lookup.
    // meta[4r + 3] is the rank a proposal must beat: MAX_VALUE while r has room, then its
    // worst held rank (or -1 when it has no room at all), so that a rejection, the common case
    // at a full receiver, reads this one line and never the heap.
    int[] meta = new int[4 * receivers];
    int total = 0;
    for (int r = 0; r < receivers; r++) {
      int room = Math.min(rCap[r], rOff[r + 1] - rOff[r]);
      meta[4 * r] = total;
      meta[4 * r + 1] = room;
      meta[4 * r + 3] = room > 0 ? Integer.MAX_VALUE : -1;
      total += room;
    }
    long[] heap = new long[total];
    // Per proposer: next list entry, held count (with the QUEUED bit), list end, capacity, on
    // one line, so resuming an evicted proposer costs one miss here and one in its list.
    int[] state = new int[4 * proposers];
    int[] stack = new int[proposers];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      state[4 * p] = pOff[p];
      state[4 * p + 2] = pOff[p + 1];
      state[4 * p + 3] = pCap[p];
      if (pCap[p] > 0 && pOff[p + 1] > pOff[p]) {
        stack[top++] = p;
        state[4 * p + 1] = QUEUED;
      }
    }
    while (top > 0) {
      int p = stack[--top];
      int p4 = 4 * p;
      int s = state[p4];
      int h = state[p4 + 1] & ~QUEUED;
      int end = state[p4 + 2];
      int cap = state[p4 + 3];
      while (h < cap && s < end) {
        int r = prop[2 * s];
        int k = prop[2 * s + 1];
        s++;
        if (k < 0) {
          continue;
        }
        int m4 = 4 * r;
        if (k >= meta[m4 + 3]) {
          continue;
        }
        int base = meta[m4];
        int room = meta[m4 + 1];
        int size = meta[m4 + 2];
        long entry = ((long) k << 32) | p;
        h++;
        if (size < room) {
          siftUp(heap, base, size, entry);
          meta[m4 + 2] = ++size;
          if (size == room) {
            meta[m4 + 3] = (int) (heap[base] >>> 32);
          }
        } else {
          int q = (int) heap[base];
          siftDown(heap, base, room, entry);
          meta[m4 + 3] = (int) (heap[base] >>> 32);
          int qh = state[4 * q + 1];
          if ((qh & QUEUED) == 0) {
            stack[top++] = q;
            state[4 * q + 1] = (qh - 1) | QUEUED;
          } else {
            state[4 * q + 1] = qh - 1;
          }
        }
      }
      state[p4] = s;
      state[p4 + 1] = h;
    }
    int pairs = 0;
    for (int r = 0; r < receivers; r++) {
      pairs += meta[4 * r + 2];
    }
    int[] proposerOf = new int[pairs];
    int[] receiverOf = new int[pairs];
    int k = 0;
    for (int r = 0; r < receivers; r++) {
      int base = meta[4 * r];
      for (int x = 0; x < meta[4 * r + 2]; x++) {
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
