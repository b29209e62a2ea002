package org.atelier.core.matching.internal;

import java.util.Arrays;

/**
 * Rank inversion: for every entry of the proposers' lists, the rank the named receiver gives
 * the proposer back. This is the step that lets deferred acceptance compare two proposals
 * in O(1).
 *
 * <p>Three strategies, chosen by list lengths, all O(E) memory traffic and no per-entry
 * objects:
 * <ul>
 *   <li><b>scan proposers</b>: for each receiver entry (r, k, p), find r in p's short list.
 *       O(E<sub>R</sub> · L<sub>P</sub>) comparisons but one random access per entry; the
 *       fastest when proposers' lists are short (marketplace interns list ~20 mentors);</li>
 *   <li><b>scan receivers</b>: the mirror image, for short receiver lists;</li>
 *   <li><b>bucket</b>: a counting sort of proposer entries by receiver, then one pass per
 *       receiver with a scratch array: O(E<sub>P</sub> + E<sub>R</sub>) whatever the lengths.</li>
 * </ul>
 */
public final class RankInversion {
  private static final int SHORT_LIST = 48;

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
    int maxP = maxLength(pOff, proposers);
    int maxR = maxLength(rOff, receivers);
    if (maxP <= SHORT_LIST && (maxP <= maxR || maxR > SHORT_LIST)) {
      return scanProposers(receivers, pOff, pList, rOff, rList);
    }
    if (maxR <= SHORT_LIST) {
      return scanReceivers(proposers, pOff, pList, rOff, rList);
    }
    return bucket(proposers, pOff, pList, receivers, rOff, rList);
  }

  private static int maxLength(int[] off, int count) {
    int max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, off[i + 1] - off[i]);
    }
    return max;
  }

  static int[] scanProposers(int receivers, int[] pOff, int[] pList, int[] rOff, int[] rList) {
    int[] rankAt = new int[pList.length];
    Arrays.fill(rankAt, -1);
    for (int r = 0; r < receivers; r++) {
      int base = rOff[r];
      int end = rOff[r + 1];
      for (int e = base; e < end; e++) {
        int p = rList[e];
        int s = pOff[p];
        int sEnd = pOff[p + 1];
        while (s < sEnd && pList[s] != r) {
          s++;
        }
        if (s < sEnd) {
          rankAt[s] = e - base;
        }
      }
    }
    return rankAt;
  }

  static int[] scanReceivers(int proposers, int[] pOff, int[] pList, int[] rOff, int[] rList) {
    int[] rankAt = new int[pList.length];
    for (int p = 0; p < proposers; p++) {
      for (int s = pOff[p], sEnd = pOff[p + 1]; s < sEnd; s++) {
        int r = pList[s];
        int base = rOff[r];
        int e = base;
        int end = rOff[r + 1];
        while (e < end && rList[e] != p) {
          e++;
        }
        rankAt[s] = e < end ? e - base : -1;
      }
    }
    return rankAt;
  }

  static int[] bucket(int proposers, int[] pOff, int[] pList, int receivers, int[] rOff, int[] rList) {
    int entries = pList.length;
    int[] start = new int[receivers + 1];
    for (int s = 0; s < entries; s++) {
      start[pList[s] + 1]++;
    }
    for (int r = 0; r < receivers; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = Arrays.copyOf(start, receivers);
    int[] slot = new int[entries];
    int[] owner = new int[entries];
    for (int p = 0; p < proposers; p++) {
      for (int s = pOff[p], sEnd = pOff[p + 1]; s < sEnd; s++) {
        int pos = fill[pList[s]]++;
        slot[pos] = s;
        owner[pos] = p;
      }
    }
    int[] rankAt = new int[entries];
    int[] scratch = new int[proposers];
    Arrays.fill(scratch, -1);
    for (int r = 0; r < receivers; r++) {
      int base = rOff[r];
      int end = rOff[r + 1];
      for (int e = base; e < end; e++) {
        scratch[rList[e]] = e - base;
      }
      for (int b = start[r]; b < start[r + 1]; b++) {
        rankAt[slot[b]] = scratch[owner[b]];
      }
      for (int e = base; e < end; e++) {
        scratch[rList[e]] = -1;
      }
    }
    return rankAt;
  }
}
