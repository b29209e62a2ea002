package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random problems for the property tests. */
final class RandomProblems {
  private RandomProblems() {}

  /** Random strict incomplete lists on both sides, capacity-1 interns, mentors of capacity 1..maxCap, a few forbidden pairs. */
  static MatchingProblem ranked(long seed, int n, int m, int maxCap) {
    return ranked(seed, n, m, maxCap, 1);
  }

  /** As above, with intern capacities 0..maxInternCap when maxInternCap > 1. */
  static MatchingProblem ranked(long seed, int n, int m, int maxCap, int maxInternCap) {
    Random r = new Random(seed);
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int i = 0; i < n; i++) {
      b.addIntern("i" + i, maxInternCap <= 1 ? 1 : r.nextInt(maxInternCap + 1));
    }
    for (int j = 0; j < m; j++) {
      b.addMentor("m" + j, 1 + r.nextInt(maxCap));
    }
    for (int i = 0; i < n; i++) {
      b.internRanks(i, randomList(r, m));
    }
    for (int j = 0; j < m; j++) {
      b.mentorRanks(j, randomList(r, n));
    }
    if (r.nextInt(3) == 0) {
      b.forbid(r.nextInt(n), r.nextInt(m));
    }
    return b.build();
  }

  private static int[] randomList(Random r, int size) {
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      all.add(k);
    }
    Collections.shuffle(all, r);
    int len = r.nextInt(size + 1);
    int[] out = new int[len];
    for (int k = 0; k < len; k++) {
      out[k] = all.get(k);
    }
    return out;
  }

  /** A dense weight problem: each cell missing with probability {@code missing}, weights uniform in [lo, hi) or small integers. */
  static MatchingProblem weighted(long seed, int n, int m, int maxMentorCap, int maxInternCap, double missing,
      boolean integers) {
    Random r = new Random(seed);
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int i = 0; i < n; i++) {
      b.addIntern("i" + i, maxInternCap <= 1 ? 1 : r.nextInt(maxInternCap + 1));
    }
    for (int j = 0; j < m; j++) {
      b.addMentor("m" + j, maxMentorCap <= 1 ? 1 : r.nextInt(maxMentorCap + 1));
    }
    WeightMatrix.Builder w = WeightMatrix.builder(n, m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (r.nextDouble() >= missing) {
          w.set(i, j, integers ? r.nextInt(5) - 1 : r.nextDouble() * 10 - 1);
        }
      }
    }
    b.weights(w.build());
    if (r.nextInt(3) == 0 && n > 0 && m > 0) {
      b.forbid(r.nextInt(n), r.nextInt(m));
    }
    return b.build();
  }
}
