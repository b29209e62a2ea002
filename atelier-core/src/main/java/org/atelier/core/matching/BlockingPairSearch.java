package org.atelier.core.matching;

import java.util.Arrays;

/**
 * Finds the blocking pairs of a matching: acceptable to both sides, not forbidden, not
 * matched together, and each side either has a free seat or strictly prefers the other to
 * its worst current partner. O(E) for E candidate pairs (list entries, or weighted cells
 * when no side ranks), plus one scan of each matched side's list.
 */
final class BlockingPairSearch {
  private BlockingPairSearch() {}

  static long[] find(MatchingAlgorithm.Matching matching, Preferences prefs) {
    MatchingProblem p = matching.problem();
    int n = p.internCount();
    int m = p.mentorCount();
    if (!prefs.internHasPreferences() || !prefs.mentorHasPreferences()) {
      return new long[0];
    }
    double[] worstIntern = new double[n];
    double[] worstMentor = new double[m];
    Arrays.fill(worstIntern, Double.POSITIVE_INFINITY);
    Arrays.fill(worstMentor, Double.POSITIVE_INFINITY);
    int[] mentorLoad = new int[m];
    for (int k = 0; k < matching.size(); k++) {
      int i = matching.internAt(k);
      int j = matching.mentorAt(k);
      mentorLoad[j]++;
      worstIntern[i] = Math.min(worstIntern[i], orMinusInfinity(prefs.internUtility(i, j)));
      worstMentor[j] = Math.min(worstMentor[j], orMinusInfinity(prefs.mentorUtility(i, j)));
    }
    for (int i = 0; i < n; i++) {
      if (matching.degreeOf(i) < p.internCapacity(i)) {
        worstIntern[i] = Double.NEGATIVE_INFINITY;
      }
    }
    for (int j = 0; j < m; j++) {
      if (mentorLoad[j] < p.mentorCapacity(j)) {
        worstMentor[j] = Double.NEGATIVE_INFINITY;
      }
    }
    long[] found = new long[16];
    int count = 0;
    if (prefs.internRanked) {
      for (int i = 0; i < n; i++) {
        int from = p.internRankOffsets[i];
        for (int s = from; s < p.internRankOffsets[i + 1]; s++) {
          int j = p.internRanks[s];
          double uI = -(s - from);
          double uM = prefs.mentorRanked ? (prefs.mentorRankAt[s] < 0 ? Double.NaN : -prefs.mentorRankAt[s])
              : prefs.mentorUtility(i, j);
          if (blocks(matching, p, i, j, uI, uM, worstIntern, worstMentor)) {
            found = add(found, count++, i, j);
          }
        }
      }
    } else if (prefs.mentorRanked) {
      for (int j = 0; j < m; j++) {
        int from = p.mentorRankOffsets[j];
        for (int e = from; e < p.mentorRankOffsets[j + 1]; e++) {
          int i = p.mentorRanks[e];
          if (blocks(matching, p, i, j, prefs.internUtility(i, j), -(e - from), worstIntern, worstMentor)) {
            found = add(found, count++, i, j);
          }
        }
      }
      Arrays.sort(found, 0, count);
    } else {
      for (int i = 0; i < n; i++) {
        if (worstIntern[i] == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          double w = p.weight(i, j);
          if (w == w && blocks(matching, p, i, j, w, w, worstIntern, worstMentor)) {
            found = add(found, count++, i, j);
          }
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  private static boolean blocks(MatchingAlgorithm.Matching matching, MatchingProblem p, int i, int j,
      double uI, double uM, double[] worstIntern, double[] worstMentor) {
    return uI > worstIntern[i] && uM > worstMentor[j] && p.mentorCapacity(j) > 0 && p.internCapacity(i) > 0
        && !p.isForbidden(i, j) && !matching.contains(i, j);
  }

  private static double orMinusInfinity(double u) {
    return Double.isNaN(u) ? Double.NEGATIVE_INFINITY : u;
  }

  private static long[] add(long[] found, int count, int i, int j) {
    long[] out = count == found.length ? Arrays.copyOf(found, found.length * 2) : found;
    out[count] = ((long) i << 32) | j;
    return out;
  }
}
