package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Rank inversion: for every entry of the proposers' lists, the rank the named receiver gives
 * the proposer back. This is the step that lets deferred acceptance compare two proposals
 * in O(1).
 *
 * <p>A counting sort of the <em>receiver</em> entries by proposer (one packed {@code long}
 * per entry: the receiver and its rank of the proposer), then one pass per proposer that
 * joins its own list with that bucket through a scratch array indexed by receiver:
 * O(E<sub>P</sub> + E<sub>R</sub> + n + m) time whatever the list lengths, 8 bytes of
 * scratch per receiver entry, no per-entry objects. The only random-access pass over a large
 * array is the scatter into the buckets; the join touches a scratch array of one
 * {@code int} per receiver, which stays in cache when receivers are the smaller side
 * (10<sup>5</sup> mentors: 400 KB). Measured on the marketplace instance (10<sup>6</sup>
 * interns × 10<sup>5</sup> mentors, 20 choices) it beats both bucketing the proposer entries
 * by receiver (a second scatter, into the rank array) and scanning each proposer's short
 * list for the receiver (a cache miss and a mispredicted loop exit per entry).
 */
public final class RankInversion {
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
    int rEntries = rList.length;
    // start[p] first counts p's bucket, then holds its end; filling backwards leaves it at
    // the bucket's start, so one offsets array does for both.
    int[] start = new int[proposers + 1];
    for (int e = 0; e < rEntries; e++) {
      start[rList[e]]++;
    }
    for (int p = 1; p < proposers; p++) {
      start[p] += start[p - 1];
    }
    start[proposers] = rEntries;
    long[] bucket = new long[rEntries];
    for (int r = receivers - 1; r >= 0; r--) {
      int base = rOff[r];
      long key = (long) r << 32;
      for (int e = rOff[r + 1] - 1; e >= base; e--) {
        bucket[--start[rList[e]]] = key | (e - base);
      }
    }
    // Now proposer p's bucket is start[p] .. start[p + 1].
    int[] pairs = new int[2 * pList.length];
    int[] scratch = new int[receivers];
    Arrays.fill(scratch, -1);
    for (int p = 0; p < proposers; p++) {
      int bFrom = start[p];
      int bTo = start[p + 1];
      for (int b = bFrom; b < bTo; b++) {
        long packed = bucket[b];
        scratch[(int) (packed >>> 32)] = (int) packed;
      }
      for (int s = pOff[p], sEnd = pOff[p + 1]; s < sEnd; s++) {
        int r = pList[s];
        pairs[2 * s] = r;
        pairs[2 * s + 1] = scratch[r];
      }
      for (int b = bFrom; b < bTo; b++) {
        scratch[(int) (bucket[b] >>> 32)] = -1;
      }
    }
    return pairs;
  }
}
