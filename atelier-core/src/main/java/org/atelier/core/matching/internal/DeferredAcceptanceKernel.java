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
   * @param pList proposer list entries (receiver indexes)
   * @param rankAt per proposer entry, the receiver's 0-based rank of the proposer, or -1 when
   *     the pair is not acceptable (see {@link RankInversion})
   * @param receivers the number of receivers
   * @param rCap receiver capacities
   * @param rOff receiver list offsets
   * @param rList receiver list entries (proposer indexes)
   * @return {@code {proposerOfPair, receiverOfPair}}
   */
  public static int[][] run(int proposers, int[] pCap, int[] pOff, int[] pList, int[] rankAt,
      int receivers, int[] rCap, int[] rOff, int[] rList) {
    int[] heapOff = new int[receivers + 1];
    for (int r = 0; r < receivers; r++) {
      heapOff[r + 1] = heapOff[r] + Math.min(rCap[r], rOff[r + 1] - rOff[r]);
    }
    int[] heap = new int[heapOff[receivers]];
    int[] heapSize = new int[receivers];
    int[] next = new int[proposers];
    int[] held = new int[proposers];
    int[] stack = new int[proposers];
    boolean[] queued = new boolean[proposers];
    int top = 0;
    for (int p = proposers - 1; p >= 0; p--) {
      next[p] = pOff[p];
      if (pCap[p] > 0 && pOff[p + 1] > pOff[p]) {
        stack[top++] = p;
        queued[p] = true;
      }
    }
    while (top > 0) {
      int p = stack[--top];
      queued[p] = false;
      int s = next[p];
      int end = pOff[p + 1];
      int cap = pCap[p];
      int h = held[p];
      while (h < cap && s < end) {
        int r = pList[s];
        int k = rankAt[s++];
        if (k < 0) {
          continue;
        }
        int base = heapOff[r];
        int room = heapOff[r + 1] - base;
        int size = heapSize[r];
        if (size < room) {
          siftUp(heap, base, size, k);
          heapSize[r] = size + 1;
          h++;
        } else if (room > 0 && k < heap[base]) {
          int evicted = heap[base];
          siftDown(heap, base, room, k);
          h++;
          int q = rList[rOff[r] + evicted];
          held[q]--;
          if (!queued[q]) {
            queued[q] = true;
            stack[top++] = q;
          }
        }
      }
      held[p] = h;
      next[p] = s;
    }
    int pairs = 0;
    for (int r = 0; r < receivers; r++) {
      pairs += heapSize[r];
    }
    int[] proposerOf = new int[pairs];
    int[] receiverOf = new int[pairs];
    int k = 0;
    for (int r = 0; r < receivers; r++) {
      int base = heapOff[r];
      for (int x = 0; x < heapSize[r]; x++) {
        proposerOf[k] = rList[rOff[r] + heap[base + x]];
        receiverOf[k++] = r;
      }
    }
    return new int[][] {proposerOf, receiverOf};
  }

  private static void siftUp(int[] heap, int base, int size, int value) {
    int i = size;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int pv = heap[base + parent];
      if (pv >= value) {
        break;
      }
      heap[base + i] = pv;
      i = parent;
    }
    heap[base + i] = value;
  }

  /** Replaces the root (the worst held rank) with {@code value} and restores the max-heap. */
  private static void siftDown(int[] heap, int base, int size, int value) {
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[base + child + 1] > heap[base + child]) {
        child++;
      }
      int cv = heap[base + child];
      if (cv <= value) {
        break;
      }
      heap[base + i] = cv;
      i = child;
    }
    heap[base + i] = value;
  }
}
