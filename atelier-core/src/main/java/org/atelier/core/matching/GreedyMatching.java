package org.atelier.core.matching;

import org.atelier.core.AtelierException;
import org.atelier.core.matching.internal.GreedySelection;

/**
 * The greedy baseline ({@code greedy}): take acceptable pairs from the heaviest down,
 * ties broken by intern index then mentor index, while both sides have capacity left.
 *
 * <p>A 1/2-approximation of the maximum weight for capacity 1 (Avis, "A survey of heuristics
 * for the weighted matching problem", <i>Networks</i> 13, 1983), useful as the baseline of
 * experiments. O(E log E) for E weighted pairs, sorted in a primitive index array.
 *
 * @since 0.1
 */
public final class GreedyMatching implements MatchingAlgorithm {

  /** Creates the algorithm; it holds no state. */
  public GreedyMatching() {}

  @Override
  public String name() {
    return "greedy";
  }

  @Override
  public Acceptability acceptability() {
    return Acceptability.WEIGHTS;
  }

  /**
   * {@inheritDoc}
   *
   * @throws AtelierException {@code VALIDATION} when the problem has no weights
   */
  @Override
  public Matching solve(MatchingProblem problem) {
    double[] w = ShortestAugmentingPath.denseWeights(problem, name());
    int[][] pairs = GreedySelection.select(problem.internCount(), problem.mentorCount(), w,
        problem.internCapacity, problem.mentorCapacity);
    return new Matching(problem, name(), acceptability(), pairs[0], pairs[1]);
  }
}
