package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Rank inversion: for every entry of the proposers' lists, the rank the named receiver gives
 * the proposer back. This is the step that lets deferred acceptance compare two proposals
 * in O(1).
 *
 * <p>The receiver entries are sorted by proposer, then each proposer's own list is joined
 * with its sorted run through a scratch array indexed by receiver: O(E<sub>P</sub> +
 * E<sub>R</sub> + n + m) time whatever the list lengths, no per-entry objects.
 *
 * <p>The sort is where the time goes, because it moves every receiver entry to an
 * unpredictable place. On large inputs it is a two-level radix sort ({@link #twoLevel}):
 * first into at most 256 runs by the proposer's high bits, so the write streams stay in
 * cache and the TLB, then each run, now small enough for the L2 cache, by the low bits, and
 * joined at once while it is still there. Each run's region starts a few cache lines off
 * the previous one's end: uniform instances give every run the same length, and runs whose
 * write positions share their offsets modulo the cache's set stride evict one another on
 * every write (measured: 2.5× slower without the skew). Small inputs, and the rare input
 * whose fields do not fit one {@code long}, take the one-level counting sort ({@link
 * #oneLevel}), one random write per entry.
 */
public final class RankInversion {
  /** Below this many receiver entries everything is in cache and one level is as fast. */
  static final int TWO_LEVEL_FROM = 1 << 16;

  /** The high bits that choose a first-level run: at most 2<sup>8</sup> write streams. */
  private static final int RUN_BITS = 8;

  /** The gap between consecutive first-level runs, in entries (three cache lines). */
  private static final int SKEW = 24;

  /** A second-level run this long always fits the L2 cache's share we aim for (8 MB of longs at most). */
  private static final int LOCAL_RUN = 1 << 20;

  /** Above this many receiver entries the skewed runs would not fit one array. */
  private static final int TWO_LEVEL_UP_TO = Integer.MAX_VALUE - 16 - 257 * SKEW;

  private RankInversion() {}

  /**
   * Inverts ranks.
   *
   * @param proposers the number of proposers
   * @param pOff proposer list offsets ({@code proposers + 1} entries)
   * @param pList proposer list entries (receiver indexes)
   * @param receivers the number of receivers
   * @param rOff receiver list offsets
   * @param rList receiver list entries (proposer indexes)
   * @return for each proposer entry s, the 0-based rank of its proposer in receiver
   *     {@code pList[s]}'s list, or -1 when the receiver does not rank the proposer
   */
  public static int[] invert(int proposers, int[] pOff, int[] pList, int receivers, int[] rOff, int[] rList) {
    int[] pairs = interleaved(proposers, pOff, pList, receivers, rOff, rList);
    int[] rankAt = new int[pList.length];
    for (int s = 0; s < rankAt.length; s++) {
      rankAt[s] = pairs[2 * s + 1];
    }
    return rankAt;
  }

  /**
   * Inverts ranks into the layout deferred acceptance reads: per proposer entry s, the pair
   * {@code (pList[s], rank)} at indexes {@code 2s} and {@code 2s + 1}, so that one proposal
   * reads one cache line.
   *
   * @param proposers the number of proposers
   * @param pOff proposer list offsets ({@code proposers + 1} entries)
   * @param pList proposer list entries (receiver indexes)
   * @param receivers the number of receivers
   * @param rOff receiver list offsets
   * @param rList receiver list entries (proposer indexes)
   * @return {@code 2 * pList.length} ints: for each proposer entry s, the receiver
   *     {@code pList[s]} then the 0-based rank of the proposer in that receiver's list, or -1
   *     when the receiver does not rank the proposer
   */
  public static int[] interleaved(int proposers, int[] pOff, int[] pList, int receivers, int[] rOff,
      int[] rList) {
    Layout layout = rList.length >= TWO_LEVEL_FROM && rList.length <= TWO_LEVEL_UP_TO
        ? Layout.of(proposers, receivers, rOff)
        : null;
    return layout == null
        ? oneLevel(proposers, pOff, pList, receivers, rOff, rList)
        : twoLevel(layout, proposers, pOff, pList, receivers, rOff, rList);
  }

  /**
   * {@link #interleaved} by one counting sort of the receiver entries by proposer: simple,
   * and fast while the entries fit in cache.
   *
   * @param proposers the number of proposers
   * @param pOff proposer list offsets
   * @param pList proposer list entries
   * @param receivers the number of receivers
   * @param rOff receiver list offsets
   * @param rList receiver list entries
   * @return as {@link #interleaved}
   */
  static int[] oneLevel(int proposers, int[] pOff, int[] pList, int receivers, int[] rOff, int[] rList) {
    int rEntries = rList.length;
    // start[p] first counts p's run, then holds its end; filling backwards leaves it at the
    // run's start, so one offsets array does for both.
    int[] start = new int[proposers + 1];
    for (int e = 0; e < rEntries; e++) {
      start[rList[e]]++;
    }
    for (int p = 1; p < proposers; p++) {
      start[p] += start[p - 1];
    }
    start[proposers] = rEntries;
    long[] run = new long[rEntries];
    for (int r = receivers - 1; r >= 0; r--) {
      int base = rOff[r];
      long key = (long) r << 32;
      for (int e = rOff[r + 1] - 1; e >= base; e--) {
        run[--start[rList[e]]] = key | (e - base);
      }
    }
    int[] pairs = new int[2 * pList.length];
    Join join = new Join(receivers, longestList(receivers, rOff), pOff, pList, pairs, 32, 0xFFFF_FFFFL,
        0xFFFF_FFFFL);
    for (int p = 0; p < proposers; p++) {
      join.proposer(p, run, start[p], start[p + 1]);
    }
    return pairs;
  }

  /**
   * {@link #interleaved} by the two-level radix sort described in the class comment.
   *
   * @param f how receiver entries are packed, from {@link Layout#of}
   * @param proposers the number of proposers
   * @param pOff proposer list offsets
   * @param pList proposer list entries
   * @param receivers the number of receivers
   * @param rOff receiver list offsets
   * @param rList receiver list entries
   * @return as {@link #interleaved}
   */
  static int[] twoLevel(Layout f, int proposers, int[] pOff, int[] pList, int receivers, int[] rOff,
      int[] rList) {
    int runs = ((Math.max(proposers, 1) - 1) >>> f.lowBits) + 1;
    int lowMask = (1 << f.lowBits) - 1;
    // First level: by the proposer's high bits, one packed long per receiver entry
    // (proposer's low bits, receiver, rank).
    int[] start = new int[runs + 1];
    for (int e = 0; e < rList.length; e++) {
      start[(rList[e] >>> f.lowBits) + 1]++;
    }
    for (int b = 0; b < runs; b++) {
      start[b + 1] += start[b];
    }
    int longestRun = 0;
    for (int b = 0; b < runs; b++) {
      longestRun = Math.max(longestRun, start[b + 1] - start[b]);
    }
    if (longestRun > Math.max(LOCAL_RUN, 4L * rList.length / runs)) {
      // Skewed (a few proposers are ranked by nearly everyone): the
      // second level's buffer would be as large as the input, and the one-level sort has
      // few write streams anyway.
      return oneLevel(proposers, pOff, pList, receivers, rOff, rList);
    }
    for (int b = 0; b <= runs; b++) {
      start[b] += b * SKEW;
    }
    int[] fill = Arrays.copyOf(start, runs);
    long[] first = new long[start[runs]];
    for (int r = 0; r < receivers; r++) {
      int base = rOff[r];
      long receiver = (long) r << f.rankBits;
      for (int e = base, end = rOff[r + 1]; e < end; e++) {
        int p = rList[e];
        first[fill[p >>> f.lowBits]++] = ((long) (p & lowMask) << f.lowShift) | receiver | (e - base);
      }
    }
    // Second level, run by run: a counting sort by the low bits into a buffer that stays in
    // cache, then the join of each of the run's proposers.
    int[] pairs = new int[2 * pList.length];
    Join join = new Join(receivers, f.longest, pOff, pList, pairs, f.rankBits, (1L << f.receiverBits) - 1,
        (1L << f.rankBits) - 1);
    long[] second = new long[longestRun];
    int[] at = new int[lowMask + 2];
    for (int b = 0; b < runs; b++) {
      int from = start[b];
      int to = start[b + 1] - SKEW;
      Arrays.fill(at, 0);
      for (int x = from; x < to; x++) {
        at[(int) (first[x] >>> f.lowShift) + 1]++;
      }
      for (int i = 0; i <= lowMask; i++) {
        at[i + 1] += at[i];
      }
      int runStart = 0;
      for (int x = from; x < to; x++) {
        long v = first[x];
        second[at[(int) (v >>> f.lowShift)]++] = v;
      }
      // at[i] is now the end of low-bits value i's entries.
      int pFrom = b << f.lowBits;
      int pTo = (int) Math.min(proposers, (long) (b + 1) << f.lowBits);
      for (int p = pFrom; p < pTo; p++) {
        int runEnd = at[p - pFrom];
        join.proposer(p, second, runStart, runEnd);
        runStart = runEnd;
      }
    }
    return pairs;
  }

  /**
   * How {@link #twoLevel} packs a receiver entry into a {@code long}: the proposer's low
   * bits, then the receiver, then the rank.
   */
  static final class Layout {
    final int longest;
    final int lowBits;
    final int receiverBits;
    final int rankBits;
    final int lowShift;

    private Layout(int longest, int lowBits, int receiverBits, int rankBits) {
      this.longest = longest;
      this.lowBits = lowBits;
      this.receiverBits = receiverBits;
      this.rankBits = rankBits;
      this.lowShift = rankBits + receiverBits;
    }

    /** The layout, or null when the three fields need more than 63 bits. */
    static Layout of(int proposers, int receivers, int[] rOff) {
      int longest = longestList(receivers, rOff);
      int lowBits = Math.max(0, bits(proposers - 1) - RUN_BITS);
      int rankBits = bits(longest - 1);
      int receiverBits = bits(receivers - 1);
      return lowBits + receiverBits + rankBits > 63 ? null : new Layout(longest, lowBits, receiverBits, rankBits);
    }

    /** The bits that hold 0 .. x, at least one. */
    private static int bits(int x) {
      return x <= 0 ? 1 : 32 - Integer.numberOfLeadingZeros(x);
    }
  }

  private static int longestList(int receivers, int[] rOff) {
    int longest = 0;
    for (int r = 0; r < receivers; r++) {
      longest = Math.max(longest, rOff[r + 1] - rOff[r]);
    }
    return longest;
  }

  /**
   * Joins one proposer's list with its receiver entries, sorted to a run: a scratch array
   * indexed by receiver holds the ranks while the list is read, then is cleared again. While
   * every rank fits 16 bits the scratch is a {@code char} array of rank + 1 (0 for none):
   * half the bytes of an {@code int} array, which keeps a million receivers' scratch in the
   * L2 cache (measured: the join a quarter faster with interns receiving).
   */
  private static final class Join {
    private final boolean narrow;
    private final char[] narrowScratch;
    private final int[] wideScratch;
    private final int[] pOff;
    private final int[] pList;
    private final int[] pairs;
    private final int receiverShift;
    private final long receiverMask;
    private final long rankMask;

    Join(int receivers, int longest, int[] pOff, int[] pList, int[] pairs, int receiverShift, long receiverMask,
        long rankMask) {
      this.narrow = longest < Character.MAX_VALUE;
      this.narrowScratch = new char[narrow ? receivers : 0];
      this.wideScratch = new int[narrow ? 0 : receivers];
      Arrays.fill(wideScratch, -1);
      this.pOff = pOff;
      this.pList = pList;
      this.pairs = pairs;
      this.receiverShift = receiverShift;
      this.receiverMask = receiverMask;
      this.rankMask = rankMask;
    }

    void proposer(int p, long[] run, int from, int to) {
      if (narrow) {
        narrow(p, run, from, to);
        return;
      }
      int[] scratch = wideScratch;
      for (int x = from; x < to; x++) {
        long v = run[x];
        scratch[receiver(v)] = (int) (v & rankMask);
      }
      for (int s = pOff[p], end = pOff[p + 1]; s < end; s++) {
        int r = pList[s];
        pairs[2 * s] = r;
        pairs[2 * s + 1] = scratch[r];
      }
      for (int x = from; x < to; x++) {
        scratch[receiver(run[x])] = -1;
      }
    }

    private void narrow(int p, long[] run, int from, int to) {
      char[] scratch = narrowScratch;
      for (int x = from; x < to; x++) {
        long v = run[x];
        scratch[receiver(v)] = (char) ((v & rankMask) + 1);
      }
      for (int s = pOff[p], end = pOff[p + 1]; s < end; s++) {
        int r = pList[s];
        pairs[2 * s] = r;
        pairs[2 * s + 1] = scratch[r] - 1;
      }
      for (int x = from; x < to; x++) {
        scratch[receiver(run[x])] = 0;
      }
    }

    private int receiver(long entry) {
      return (int) ((entry >>> receiverShift) & receiverMask);
    }
  }
}
