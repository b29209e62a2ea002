package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.List;

/** Exhaustive enumeration of matchings of small problems, independent of the algorithms under test. */
final class BruteForce {
  private BruteForce() {}

  /** Every matching with capacity-1 interns, as mentor-of-intern arrays (-1 = unmatched), restricted to allowed pairs. */
  static List<int[]> matchings(MatchingProblem p, boolean[][] allowed) {
    List<int[]> out = new ArrayList<>();
    extend(p, allowed, 0, new int[p.internCount()], new int[p.mentorCount()], out);
    return out;
  }

  private static void extend(MatchingProblem p, boolean[][] allowed, int i, int[] of, int[] load, List<int[]> out) {
    if (i == p.internCount()) {
      out.add(of.clone());
      return;
    }
    of[i] = -1;
    extend(p, allowed, i + 1, of, load, out);
    for (int j = 0; j < p.mentorCount(); j++) {
      if (allowed[i][j] && load[j] < p.mentorCapacity(j)) {
        of[i] = j;
        load[j]++;
        extend(p, allowed, i + 1, of, load, out);
        load[j]--;
      }
    }
    of[i] = -1;
  }

  static int pos(int[] list, int x) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == x) {
        return k;
      }
    }
    return -1;
  }

  static boolean[][] mutual(MatchingProblem p) {
    boolean[][] a = new boolean[p.internCount()][p.mentorCount()];
    for (int i = 0; i < p.internCount(); i++) {
      for (int j = 0; j < p.mentorCount(); j++) {
        a[i][j] = pos(p.internRanks(i), j) >= 0 && pos(p.mentorRanks(j), i) >= 0 && !p.isForbidden(i, j);
      }
    }
    return a;
  }

  /** Stability by definition, for capacity-1 interns. */
  static boolean stable(MatchingProblem p, int[] of) {
    boolean[][] a = mutual(p);
    for (int i = 0; i < p.internCount(); i++) {
      int[] li = p.internRanks(i);
      for (int j = 0; j < p.mentorCount(); j++) {
        if (!a[i][j] || of[i] == j) {
          continue;
        }
        boolean internWants = of[i] < 0 || pos(li, j) < pos(li, of[i]);
        int[] lj = p.mentorRanks(j);
        int load = 0;
        int worst = -1;
        for (int x = 0; x < of.length; x++) {
          if (of[x] == j) {
            load++;
            worst = Math.max(worst, pos(lj, x));
          }
        }
        boolean mentorWants = load < p.mentorCapacity(j) || pos(lj, i) < worst;
        if (internWants && mentorWants) {
          return false;
        }
      }
    }
    return true;
  }

  static double weight(MatchingProblem p, int[] of) {
    double total = 0;
    for (int i = 0; i < of.length; i++) {
      if (of[i] >= 0) {
        total += p.weight(i, of[i]);
      }
    }
    return total;
  }

  static boolean[][] weighted(MatchingProblem p) {
    boolean[][] a = new boolean[p.internCount()][p.mentorCount()];
    for (int i = 0; i < p.internCount(); i++) {
      for (int j = 0; j < p.mentorCount(); j++) {
        a[i][j] = !Double.isNaN(p.weight(i, j));
      }
    }
    return a;
  }

  static int[] of(MatchingAlgorithm.Matching matching) {
    int[] of = new int[matching.problem().internCount()];
    java.util.Arrays.fill(of, -1);
    for (int k = 0; k < matching.size(); k++) {
      of[matching.internAt(k)] = matching.mentorAt(k);
    }
    return of;
  }
}
