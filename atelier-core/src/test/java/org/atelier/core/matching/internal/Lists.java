package org.atelier.core.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random two-sided preference lists in the kernel's flat form (offsets and entries), and the
 * plain-loop references the fast kernels are checked against.
 */
final class Lists {
  final int proposers;
  final int receivers;
  final int[] pOff;
  final int[] pList;
  final int[] rOff;
  final int[] rList;
  final int[] pCap;
  final int[] rCap;

  private Lists(int proposers, int receivers, List<int[]> pLists, List<int[]> rLists, int[] pCap, int[] rCap) {
    this.proposers = proposers;
    this.receivers = receivers;
    int[][] p = flatten(pLists);
    int[][] r = flatten(rLists);
    this.pOff = p[0];
    this.pList = p[1];
    this.rOff = r[0];
    this.rList = r[1];
    this.pCap = pCap;
    this.rCap = rCap;
  }

  /**
   * A random instance. Each proposer lists up to {@code maxList} distinct receivers; each
   * receiver ranks, in random order, the proposers that listed it (each dropped with
   * probability {@code drop}) and {@code extra} proposers that did not, so that some pairs
   * are ranked by one side only.
   */
  static Lists random(long seed, int proposers, int receivers, int maxList, double drop, int extra,
      int maxPCap, int maxRCap) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<int[]> pLists = new ArrayList<>();
    List<List<Integer>> ranked = new ArrayList<>();
    for (int r = 0; r < receivers; r++) {
      ranked.add(new ArrayList<>());
    }
    for (int p = 0; p < proposers; p++) {
      int[] list = distinct(rnd, receivers, receivers == 0 ? 0 : rnd.nextInt(Math.min(maxList, receivers) + 1));
      pLists.add(list);
      for (int r : list) {
        if (rnd.nextDouble() >= drop) {
          ranked.get(r).add(p);
        }
      }
    }
    List<int[]> rLists = new ArrayList<>();
    for (int r = 0; r < receivers; r++) {
      List<Integer> list = ranked.get(r);
      for (int x = 0; x < extra && proposers > 0; x++) {
        int p = rnd.nextInt(proposers);
        if (!list.contains(p)) {
          list.add(p);
        }
      }
      int[] a = list.stream().mapToInt(Integer::intValue).toArray();
      shuffle(rnd, a);
      rLists.add(a);
    }
    int[] pCap = new int[proposers];
    int[] rCap = new int[receivers];
    Arrays.setAll(pCap, i -> rnd.nextInt(maxPCap + 1));
    Arrays.setAll(rCap, i -> rnd.nextInt(maxRCap + 1));
    return new Lists(proposers, receivers, pLists, rLists, pCap, rCap);
  }

  /** Lists given in full. */
  static Lists of(List<int[]> pLists, List<int[]> rLists, int[] pCap, int[] rCap) {
    return new Lists(pLists.size(), rLists.size(), pLists, rLists, pCap, rCap);
  }

  /** Every proposer lists the same first {@code listed} receivers; receivers rank in proposer order. */
  static Lists shared(int proposers, int receivers, int listed, int rCapEach) {
    List<int[]> pLists = new ArrayList<>();
    int[] common = new int[listed];
    Arrays.setAll(common, i -> i);
    for (int p = 0; p < proposers; p++) {
      pLists.add(common.clone());
    }
    List<int[]> rLists = new ArrayList<>();
    int[] everyone = new int[proposers];
    Arrays.setAll(everyone, i -> i);
    for (int r = 0; r < receivers; r++) {
      rLists.add(r < listed ? everyone.clone() : new int[0]);
    }
    int[] pCap = new int[proposers];
    Arrays.fill(pCap, 1);
    int[] rCap = new int[receivers];
    Arrays.fill(rCap, rCapEach);
    return new Lists(proposers, receivers, pLists, rLists, pCap, rCap);
  }

  /** The same lists with the roles exchanged: receivers propose. */
  Lists swapped() {
    return new Lists(receivers, proposers, unflatten(rOff, rList), unflatten(pOff, pList), rCap, pCap);
  }

  /** The rank inversion by scanning each receiver's list. */
  int[] naiveRanks() {
    int[] rank = new int[pList.length];
    for (int p = 0; p < proposers; p++) {
      for (int s = pOff[p]; s < pOff[p + 1]; s++) {
        int r = pList[s];
        rank[s] = -1;
        for (int e = rOff[r]; e < rOff[r + 1]; e++) {
          if (rList[e] == p) {
            rank[s] = e - rOff[r];
          }
        }
      }
    }
    return rank;
  }

  /** Textbook deferred acceptance, one free proposer at a time: sorted {@code proposer << 32 | receiver} pairs. */
  long[] referenceMatching() {
    int[] rank = naiveRanks();
    int[] next = Arrays.copyOf(pOff, proposers);
    int[] free = pCap.clone();
    List<List<long[]>> held = new ArrayList<>();
    for (int r = 0; r < receivers; r++) {
      held.add(new ArrayList<>());
    }
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int p = 0; p < proposers; p++) {
      queue.add(p);
    }
    while (!queue.isEmpty()) {
      int p = queue.poll();
      while (free[p] > 0 && next[p] < pOff[p + 1]) {
        int s = next[p]++;
        int r = pList[s];
        int k = rank[s];
        if (k < 0 || rCap[r] == 0) {
          continue;
        }
        List<long[]> h = held.get(r);
        if (h.size() < rCap[r]) {
          h.add(new long[] {k, p});
          free[p]--;
          continue;
        }
        long[] worst = h.stream().max((a, b) -> Long.compare(a[0], b[0])).orElseThrow();
        if (k < worst[0]) {
          h.remove(worst);
          h.add(new long[] {k, p});
          free[p]--;
          int q = (int) worst[1];
          free[q]++;
          queue.add(q);
        }
      }
    }
    List<Long> pairs = new ArrayList<>();
    for (int r = 0; r < receivers; r++) {
      for (long[] e : held.get(r)) {
        pairs.add((e[1] << 32) | r);
      }
    }
    return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  static long[] sortedPairs(int[][] pairs) {
    long[] out = new long[pairs[0].length];
    for (int k = 0; k < out.length; k++) {
      out[k] = ((long) pairs[0][k] << 32) | pairs[1][k];
    }
    Arrays.sort(out);
    return out;
  }

  private static int[] distinct(SplittableRandom rnd, int bound, int count) {
    java.util.LinkedHashSet<Integer> picked = new java.util.LinkedHashSet<>();
    while (picked.size() < count) {
      picked.add(rnd.nextInt(bound));
    }
    return picked.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void shuffle(SplittableRandom rnd, int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static List<int[]> unflatten(int[] off, int[] flat) {
    List<int[]> lists = new ArrayList<>();
    for (int i = 0; i + 1 < off.length; i++) {
      lists.add(Arrays.copyOfRange(flat, off[i], off[i + 1]));
    }
    return lists;
  }

  private static int[][] flatten(List<int[]> lists) {
    int[] off = new int[lists.size() + 1];
    for (int i = 0; i < lists.size(); i++) {
      off[i + 1] = off[i] + lists.get(i).length;
    }
    int[] flat = new int[off[lists.size()]];
    for (int i = 0; i < lists.size(); i++) {
      System.arraycopy(lists.get(i), 0, flat, off[i], lists.get(i).length);
    }
    return new int[][] {off, flat};
  }
}
