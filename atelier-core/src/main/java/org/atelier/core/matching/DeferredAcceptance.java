package org.atelier.core.matching;

import org.atelier.core.AtelierException;
import org.atelier.core.matching.internal.DeferredAcceptanceKernel;
import org.atelier.core.matching.internal.RankInversion;

/**
 * Deferred acceptance (Gale and Shapley, "College Admissions and the Stability of
 * Marriage", <i>American Mathematical Monthly</i> 69, 1962), with capacities as in Roth's
 * hospitals/residents model (Roth, "The Evolution of the Labor Market for Medical Interns
 * and Residents", <i>JPE</i> 92, 1984), on incomplete lists, forbidden pairs excluded.
 *
 * <p>The proposing side gets its optimal stable matching: with interns proposing, every
 * intern weakly prefers the result to any other stable matching; with mentors proposing,
 * every mentor does. Capacities on both sides are allowed (pairwise stability with
 * responsive preferences). A pair is acceptable when each side ranks the other and it is
 * not forbidden.
 *
 * <p>Complexity: O(E) for the rank inversion plus O(E log c) for the proposals, where E is
 * the total length of the preference lists and c the largest capacity; O(n + m + E) memory
 * in flat arrays. At 10<sup>6</sup> interns × 10<sup>5</sup> mentors with 20 choices each it
 * needs about 360 MB beyond the problem at its peak (the rank inversion's sort buffer) and
 * 200 MB while proposing; docs/matching.md has the measured times.
 *
 * @since 0.1
 */
public final class DeferredAcceptance implements MatchingAlgorithm {
  private final boolean internsPropose;

  private DeferredAcceptance(boolean internsPropose) {
    this.internsPropose = internsPropose;
  }

  /**
   * The intern-proposing variant: the intern-optimal stable matching.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance internProposing() {
    return new DeferredAcceptance(true);
  }

  /**
   * The mentor-proposing variant: the mentor-optimal stable matching.
   *
   * @return the algorithm
   */
  public static DeferredAcceptance mentorProposing() {
    return new DeferredAcceptance(false);
  }

  @Override
  public String name() {
    return internsPropose ? "stable-intern-optimal" : "stable-mentor-optimal";
  }

  @Override
  public Acceptability acceptability() {
    return Acceptability.MUTUAL_RANKS;
  }

  /**
   * {@inheritDoc}
   *
   * @throws AtelierException {@code VALIDATION} when either side has no preference lists
   */
  @Override
  public Matching solve(MatchingProblem problem) {
    if (problem.internRanks == null || problem.mentorRanks == null) {
      throw AtelierException.validation(name() + " needs preference lists (\"ranks\") for "
          + (problem.internRanks == null ? "the interns" : "the mentors")
          + "; this problem gives " + (problem.hasWeights() ? "weights" : "none")
          + " for them. Use max-weight or greedy for weights only");
    }
    int n = problem.internCount();
    int m = problem.mentorCount();
    int[] iOff = problem.internRankOffsets;
    int[] iList = problem.internRanks;
    int[] mOff = problem.mentorRankOffsets;
    int[] mList = problem.mentorRanks;
    if (internsPropose) {
      int[] prop = RankInversion.interleaved(n, iOff, iList, m, mOff, mList);
      maskForbidden(problem.forbiddenOffsets, problem.forbiddenMentors, n, iOff, prop, m);
      int[][] pairs = DeferredAcceptanceKernel.run(n, problem.internCapacity, iOff, prop,
          m, problem.mentorCapacity, mOff);
      return new Matching(problem, name(), acceptability(), pairs[0], pairs[1]);
    }
    int[] prop = RankInversion.interleaved(m, mOff, mList, n, iOff, iList);
    int[][] forbiddenByMentor = transpose(problem.forbiddenOffsets, problem.forbiddenMentors, n, m);
    maskForbidden(forbiddenByMentor[0], forbiddenByMentor[1], m, mOff, prop, n);
    int[][] pairs = DeferredAcceptanceKernel.run(m, problem.mentorCapacity, mOff, prop,
        n, problem.internCapacity, iOff);
    return new Matching(problem, name(), acceptability(), pairs[1], pairs[0]);
  }

  /**
   * Marks forbidden pairs as unacceptable in the interleaved (receiver, rank) array:
   * O(entries of the affected proposers).
   */
  private static void maskForbidden(int[] fOff, int[] fList, int proposers, int[] pOff, int[] prop,
      int receivers) {
    if (fList.length == 0) {
      return;
    }
    int[] stamp = new int[receivers];
    for (int p = 0; p < proposers; p++) {
      if (fOff[p] == fOff[p + 1]) {
        continue;
      }
      for (int f = fOff[p]; f < fOff[p + 1]; f++) {
        stamp[fList[f]] = p + 1;
      }
      for (int s = pOff[p]; s < pOff[p + 1]; s++) {
        if (stamp[prop[2 * s]] == p + 1) {
          prop[2 * s + 1] = -1;
        }
      }
    }
  }

  static int[][] transpose(int[] off, int[] list, int rows, int cols) {
    int[] tOff = new int[cols + 1];
    for (int x : list) {
      tOff[x + 1]++;
    }
    for (int c = 0; c < cols; c++) {
      tOff[c + 1] += tOff[c];
    }
    int[] fill = java.util.Arrays.copyOf(tOff, cols);
    int[] tList = new int[list.length];
    for (int r = 0; r < rows; r++) {
      for (int k = off[r]; k < off[r + 1]; k++) {
        tList[fill[list[k]]++] = r;
      }
    }
    return new int[][] {tOff, tList};
  }
}
