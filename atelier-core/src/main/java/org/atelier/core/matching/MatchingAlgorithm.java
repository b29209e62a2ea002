package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;

/**
 * A rule that turns a {@link MatchingProblem} into a {@link Matching}. Implementations are
 * named after their algorithm and are stateless, so one instance may solve many problems,
 * also concurrently.
 *
 * <p>Every result respects capacities and never contains a forbidden pair or a pair that is
 * not acceptable under the algorithm's {@link Acceptability}.
 *
 * @since 0.1
 */
public interface MatchingAlgorithm {

  /**
   * The algorithm's name as the command line spells it, for example {@code max-weight}.
   *
   * @return the name
   */
  String name();

  /**
   * Which pairs this algorithm may match.
   *
   * @return the acceptability rule
   */
  Acceptability acceptability();

  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @return the matching
   * @throws AtelierException {@code VALIDATION} when the problem lacks what the algorithm
   *     needs (ranks for the stable algorithms, weights for the weighted ones)
   */
  Matching solve(MatchingProblem problem);

  /**
   * The algorithm with a command-line name: {@code stable-intern-optimal},
   * {@code stable-mentor-optimal}, {@code max-weight} or {@code greedy}.
   *
   * @param name the name
   * @return the algorithm
   * @throws AtelierException {@code VALIDATION} for an unknown name, listing the known ones
   */
  static MatchingAlgorithm named(String name) {
    switch (name) {
      case "stable-intern-optimal":
        return DeferredAcceptance.internProposing();
      case "stable-mentor-optimal":
        return DeferredAcceptance.mentorProposing();
      case "max-weight":
        return new ShortestAugmentingPath();
      case "greedy":
        return new GreedyMatching();
      default:
        throw AtelierException.validation("unknown matching algorithm \"" + name + "\"; expected one of " + names());
    }
  }

  /**
   * The names {@link #named(String)} accepts, in a fixed order.
   *
   * @return the names
   */
  static List<String> names() {
    return List.of("stable-intern-optimal", "stable-mentor-optimal", "max-weight", "greedy");
  }

  /** Which pairs an algorithm may match. */
  enum Acceptability {
    /** Each side ranks the other and the pair is not forbidden (the stable algorithms). */
    MUTUAL_RANKS,
    /** The pair has a weight and is not forbidden (max-weight and greedy). */
    WEIGHTS
  }

  /**
   * One matched pair, by id.
   *
   * @param intern the intern's id
   * @param mentor the mentor's id
   */
  record Pair(String intern, String mentor) {
    /**
     * Checks the ids.
     *
     * @param intern the intern's id
     * @param mentor the mentor's id
     */
    public Pair {
      Objects.requireNonNull(intern, "intern");
      Objects.requireNonNull(mentor, "mentor");
    }
  }

  /**
   * The result of an algorithm: a set of (intern, mentor) pairs within capacities.
   * Immutable. Pairs are held in flat arrays ordered by intern index, then mentor index.
   */
  final class Matching {
    private final MatchingProblem problem;
    private final String algorithm;
    private final Acceptability acceptability;
    private final int[] interns;
    private final int[] mentors;
    private final int[] offsets;

    /**
     * Creates a matching; the arrays are taken over, not copied, and sorted here if needed.
     *
     * @param problem the problem solved
     * @param algorithm the algorithm's name
     * @param acceptability which pairs the algorithm may match
     * @param interns the intern index of each pair
     * @param mentors the mentor index of each pair
     * @throws IllegalArgumentException if the arrays differ in length, an index is out of
     *     range, or a pair repeats
     */
    public Matching(MatchingProblem problem, String algorithm, Acceptability acceptability, int[] interns, int[] mentors) {
      if (interns.length != mentors.length) {
        throw new IllegalArgumentException("interns and mentors differ in length");
      }
      this.problem = problem;
      this.algorithm = algorithm;
      this.acceptability = acceptability;
      int n = problem.internCount();
      int[] offsets = new int[n + 1];
      for (int k = 0; k < interns.length; k++) {
        if (interns[k] < 0 || interns[k] >= n || mentors[k] < 0 || mentors[k] >= problem.mentorCount()) {
          throw new IllegalArgumentException("pair " + k + " is out of range");
        }
        offsets[interns[k] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        offsets[i + 1] += offsets[i];
      }
      int[] sortedMentors = new int[mentors.length];
      int[] fill = Arrays.copyOf(offsets, n);
      for (int k = 0; k < interns.length; k++) {
        sortedMentors[fill[interns[k]]++] = mentors[k];
      }
      int[] sortedInterns = new int[interns.length];
      for (int i = 0; i < n; i++) {
        Arrays.fill(sortedInterns, offsets[i], offsets[i + 1], i);
        if (offsets[i + 1] - offsets[i] > 1) {
          Arrays.sort(sortedMentors, offsets[i], offsets[i + 1]);
          for (int k = offsets[i] + 1; k < offsets[i + 1]; k++) {
            if (sortedMentors[k] == sortedMentors[k - 1]) {
              throw new IllegalArgumentException("pair (" + i + ", " + sortedMentors[k] + ") repeats");
            }
          }
        }
      }
      this.interns = sortedInterns;
      this.mentors = sortedMentors;
      this.offsets = offsets;
    }

    /**
     * The problem this matching solves.
     *
     * @return the problem
     */
    public MatchingProblem problem() {
      return problem;
    }

    /**
     * The name of the algorithm that produced it.
     *
     * @return the algorithm's name
     */
    public String algorithm() {
      return algorithm;
    }

    /**
     * Which pairs the producing algorithm could match.
     *
     * @return the acceptability rule
     */
    public Acceptability acceptability() {
      return acceptability;
    }

    /**
     * The number of pairs.
     *
     * @return the size
     */
    public int size() {
      return interns.length;
    }

    /**
     * The intern of the k-th pair in index order.
     *
     * @param k the pair's position, {@code 0 <= k < size()}
     * @return the intern's index
     */
    public int internAt(int k) {
      return interns[k];
    }

    /**
     * The mentor of the k-th pair in index order.
     *
     * @param k the pair's position, {@code 0 <= k < size()}
     * @return the mentor's index
     */
    public int mentorAt(int k) {
      return mentors[k];
    }

    /**
     * The mentors of one intern, ascending by index.
     *
     * @param intern the intern's index
     * @return mentor indexes (a copy)
     */
    public int[] mentorsOf(int intern) {
      return Arrays.copyOfRange(mentors, offsets[intern], offsets[intern + 1]);
    }

    /**
     * How many mentors an intern got.
     *
     * @param intern the intern's index
     * @return the count
     */
    public int degreeOf(int intern) {
      return offsets[intern + 1] - offsets[intern];
    }

    /**
     * Whether a pair is matched. O(log capacity).
     *
     * @param intern the intern's index
     * @param mentor the mentor's index
     * @return {@code true} if matched together
     */
    public boolean contains(int intern, int mentor) {
      return Arrays.binarySearch(mentors, offsets[intern], offsets[intern + 1], mentor) >= 0;
    }

    /**
     * The sum of the matched pairs' weights, in pair order (deterministic); 0 when the
     * problem has no weights.
     *
     * @return the total weight
     */
    public double totalWeight() {
      if (!problem.hasWeights()) {
        return 0.0;
      }
      double total = 0.0;
      for (int k : idOrder()) {
        double w = problem.weight(interns[k], mentors[k]);
        if (!Double.isNaN(w)) {
          total += w;
        }
      }
      return total;
    }

    /**
     * The pairs sorted by intern id, then mentor id: the output order.
     *
     * @return the pairs
     */
    public List<Pair> pairs() {
      List<Pair> pairs = new ArrayList<>(interns.length);
      for (int k : idOrder()) {
        pairs.add(new Pair(problem.internId(interns[k]), problem.mentorId(mentors[k])));
      }
      return pairs;
    }

    /** Pair positions sorted by (intern id, mentor id). */
    int[] idOrder() {
      int[] io = problem.internOrder();
      int[] mo = problem.mentorOrder();
      long[] keys = new long[interns.length];
      for (int k = 0; k < keys.length; k++) {
        keys[k] = ((long) io[interns[k]] << 32) | mo[mentors[k]];
      }
      Arrays.sort(keys);
      int[] order = new int[keys.length];
      int[] byIdIntern = inverse(io);
      int[] byIdMentor = inverse(mo);
      for (int p = 0; p < keys.length; p++) {
        int intern = byIdIntern[(int) (keys[p] >>> 32)];
        int mentor = byIdMentor[(int) keys[p]];
        order[p] = Arrays.binarySearch(mentors, offsets[intern], offsets[intern + 1], mentor);
      }
      return order;
    }

    private static int[] inverse(int[] position) {
      int[] inv = new int[position.length];
      for (int i = 0; i < position.length; i++) {
        inv[position[i]] = i;
      }
      return inv;
    }
  }
}
