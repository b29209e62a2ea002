package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Rank inversion: for every entry of the proposers' lists, the rank the named receiver gives
 * the proposer back. This is the step that lets deferred acceptance compare two proposals
 * in O(1).
 *
 * <p>A counting sort of the proposer entries by receiver (one packed {@code long} per entry:
 * its slot and its proposer), then one pass per receiver with a scratch array indexed by
 * proposer: O(E<sub>P</sub> + E<sub>R</sub> + n + m) time whatever the list lengths, 8 bytes
 * of scratch per proposer entry, no per-entry objects. Measured on the marketplace instance
 * it beats scanning each proposer's short list for the receiver, which costs one cache miss
 * and a mispredicted loop exit per entry.
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
    int entries = pList.length;
    int[] start = new int[receivers + 1];
    for (int s = 0; s < entries; s++) {
      start[pList[s] + 1]++;
    }
    for (int r = 0; r < receivers; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = Arrays.copyOf(start, receivers);
    long[] bucket = new long[entries];
    for (int p = 0; p < proposers; p++) {
      for (int s = pOff[p], sEnd = pOff[p + 1]; s < sEnd; s++) {
        bucket[fill[pList[s]]++] = ((long) s << 32) | p;
      }
    }
    fill = null;
    int[] rankAt = new int[entries];
    int[] scratch = new int[proposers];
    Arrays.fill(scratch, -1);
    for (int r = 0; r < receivers; r++) {
      int base = rOff[r];
      int end = rOff[r + 1];
      for (int e = base; e < end; e++) {
        scratch[rList[e]] = e - base;
      }
      for (int b = start[r], bEnd = start[r + 1]; b < bEnd; b++) {
        long packed = bucket[b];
        rankAt[(int) (packed >>> 32)] = scratch[(int) packed];
      }
      for (int e = base; e < end; e++) {
        scratch[rList[e]] = -1;
      }
    }
    return rankAt;
  }
}
