package org.atelier.core.matching.internal;

/**
 * The receivers' side of {@link DeferredAcceptanceKernel}: the proposals each receiver holds,
 * and the rank a new proposal must beat.
 *
 * <p>A receiver's threshold is {@code Integer.MAX_VALUE} while it has room, then its worst
 * held rank, and -1 when it has no room at all. It only ever falls, so a proposal it rejects
 * now would be rejected at any later time too. A one-byte copy of every threshold lets
 * {@link #refuses} answer the kernel's scans down a list from the L2 cache even with a
 * million receivers; it answers "not sure" for thresholds of 254 and more, and the exact
 * threshold decides those when the proposal is made.
 *
 * <p>Held proposals are {@code rank << 32 | proposer} in one flat {@code long} array: receiver
 * r's slice starts with a header ({@code room << 32 | count}) and has room places. When rooms
 * are alike the slices have one stride and no offsets array is read. Up to {@value
 * #LINEAR_UP_TO} places are kept with the worst first and found again by a short scan (no
 * unpredictable branches for the small capacities of mentors); beyond that they form a binary
 * max-heap. When no receiver has room for more than one, as when interns receive, a receiver
 * is a single {@code long}: its held proposal, {@code MAX_VALUE << 32} while empty, or {@code
 * -1 << 32} with no room, whose high half is the threshold; one cache line per receiver.
 */
final class HeldProposals {
  /** The largest room held as a scanned array rather than a heap. */
  static final int LINEAR_UP_TO = 16;

  private static final int UNKNOWN = 255;

  private final boolean singles;
  private final long[] single;
  private final int stride;
  private final int[] at;
  private final long[] held;
  private final int[] threshold;
  // Every receiver's threshold + 1 in one byte, for scans that only need to know "refused
  // for sure": 0 for no room, UNKNOWN when the threshold is 254 or more (room left, or a
  // long list). One byte per receiver keeps a million receivers in the L2 cache.
  private final byte[] coarse;

  /**
   * Empty held sets.
   *
   * @param receivers the number of receivers
   * @param rCap receiver capacities
   * @param rOff receiver list offsets: no receiver can hold more proposals than it ranks
   */
  HeldProposals(int receivers, int[] rCap, int[] rOff) {
    long slots = 0;
    int widest = 0;
    for (int r = 0; r < receivers; r++) {
      int room = Math.min(rCap[r], rOff[r + 1] - rOff[r]);
      slots += 1 + room;
      widest = Math.max(widest, room);
    }
    singles = widest <= 1;
    coarse = new byte[receivers];
    for (int r = 0; r < receivers; r++) {
      coarse[r] = (byte) (Math.min(rCap[r], rOff[r + 1] - rOff[r]) > 0 ? UNKNOWN : 0);
    }
    if (singles) {
      stride = 0;
      at = new int[0];
      held = new long[0];
      threshold = new int[0];
      single = new long[receivers];
      for (int r = 0; r < receivers; r++) {
        single[r] = Math.min(rCap[r], rOff[r + 1] - rOff[r]) > 0 ? (long) Integer.MAX_VALUE << 32 : -1L << 32;
      }
      return;
    }
    // One stride when it wastes at most half the space.
    long strided = (long) (widest + 1) * receivers;
    stride = strided <= 2 * slots && strided <= Integer.MAX_VALUE - 8 ? widest + 1 : 0;
    at = stride > 0 ? new int[0] : new int[receivers];
    held = new long[Math.toIntExact(stride > 0 ? (long) stride * receivers : slots)];
    threshold = new int[receivers];
    single = new long[0];
    int total = 0;
    for (int r = 0; r < receivers; r++) {
      int room = Math.min(rCap[r], rOff[r + 1] - rOff[r]);
      int a = stride > 0 ? r * stride : total;
      if (stride == 0) {
        at[r] = a;
      }
      held[a] = (long) room << 32;
      threshold[r] = room > 0 ? Integer.MAX_VALUE : -1;
      total += 1 + room;
    }
  }

  /**
   * Whether r refuses rank {@code k} now, judged from one byte: true only when it does;
   * false when it may accept (then {@link #threshold} decides).
   */
  boolean refuses(int r, int k) {
    int c = coarse[r] & 0xFF;
    return c != UNKNOWN && k + 1 >= c;
  }

  private void lower(int r, int t) {
    coarse[r] = (byte) (t + 1 >= UNKNOWN ? UNKNOWN : t + 1);
  }

  /** The rank a proposal to r must beat (lower is better). */
  int threshold(int r) {
    return singles ? (int) (single[r] >>> 32) : threshold[r];
  }

  /** Reads r's cache lines and returns something of them, so that they are loaded. */
  long touch(int r) {
    if (singles) {
      return single[r];
    }
    int a = slice(r);
    return held[a] + held[a + (int) (held[a] >>> 32)] + threshold[r];
  }

  /**
   * Receiver r takes {@code entry} ({@code rank << 32 | proposer}), whose rank beats its
   * threshold, and releases its worst when it was full.
   *
   * @return the released proposer, or -1
   */
  int accept(int r, long entry) {
    if (singles) {
      long before = single[r];
      single[r] = entry;
      lower(r, (int) (entry >>> 32));
      return (int) (before >>> 32) == Integer.MAX_VALUE ? -1 : (int) before;
    }
    int a = slice(r);
    long header = held[a];
    int room = (int) (header >>> 32);
    int count = (int) header;
    int base = a + 1;
    if (count < room) {
      if (room <= LINEAR_UP_TO) {
        held[base + count] = entry;
        if (count + 1 == room) {
          worstFirst(held, base, room);
        }
      } else {
        siftUp(held, base, count, entry);
      }
      held[a] = header + 1;
      if (count + 1 == room) {
        threshold[r] = (int) (held[base] >>> 32);
        lower(r, threshold[r]);
      }
      return -1;
    }
    int released = (int) held[base];
    if (room <= LINEAR_UP_TO) {
      held[base] = entry;
      worstFirst(held, base, room);
    } else {
      siftDown(held, base, room, entry);
    }
    threshold[r] = (int) (held[base] >>> 32);
    lower(r, threshold[r]);
    return released;
  }

  /** Every held pair, receiver by receiver: {@code {proposerOfPair, receiverOfPair}}. */
  int[][] pairs(int receivers) {
    int pairs = 0;
    for (int r = 0; r < receivers; r++) {
      pairs += count(r);
    }
    int[] proposerOf = new int[pairs];
    int[] receiverOf = new int[pairs];
    int k = 0;
    for (int r = 0; r < receivers; r++) {
      int first = singles ? r : slice(r) + 1;
      long[] entries = singles ? single : held;
      for (int x = 0, count = count(r); x < count; x++) {
        proposerOf[k] = (int) entries[first + x];
        receiverOf[k++] = r;
      }
    }
    return new int[][] {proposerOf, receiverOf};
  }

  private int count(int r) {
    if (singles) {
      int rank = (int) (single[r] >>> 32);
      return rank >= 0 && rank != Integer.MAX_VALUE ? 1 : 0;
    }
    return (int) held[slice(r)];
  }

  private int slice(int r) {
    return stride > 0 ? r * stride : at[r];
  }

  /** Moves the largest of {@code a[base .. base + n)} to {@code a[base]}. */
  private static void worstFirst(long[] a, int base, int n) {
    long worst = a[base];
    int w = base;
    for (int j = base + 1; j < base + n; j++) {
      long v = a[j];
      if (v > worst) {
        worst = v;
        w = j;
      }
    }
    a[w] = a[base];
    a[base] = worst;
  }

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
