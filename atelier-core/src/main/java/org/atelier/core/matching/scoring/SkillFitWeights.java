package org.atelier.core.matching.scoring;

/**
 * The weights of the skill-fit terms and the hard constraints. The score of a pair is
 * {@code coverage·C + gain·G + availability·A + rating·R + load·L}, each term in [0, 1].
 *
 * @param coverage weight of the mentor's coverage of the task's skills
 * @param gain weight of the intern's learning gain
 * @param availability weight of the availability overlap
 * @param rating weight of the mentor's rating
 * @param load weight of the load-balancing term
 * @param requireCoverage hard constraint: the mentor has every task skill at the task's level
 * @param minOverlapHours hard constraint: the weekly hours both have, at least this
 * @param targetHours the overlap at which the availability term reaches 1
 * @since 0.1
 */
public record SkillFitWeights(double coverage, double gain, double availability, double rating, double load,
    boolean requireCoverage, int minOverlapHours, int targetHours) {

  /**
   * Checks the values.
   *
   * @param coverage at least 0
   * @param gain at least 0
   * @param availability at least 0
   * @param rating at least 0
   * @param load at least 0
   * @param requireCoverage the coverage constraint
   * @param minOverlapHours at least 0
   * @param targetHours at least 1
   * @throws IllegalArgumentException for a negative or non-finite weight or bad hours
   */
  public SkillFitWeights {
    for (double w : new double[] {coverage, gain, availability, rating, load}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("skill-fit weights must be finite and >= 0, got " + w);
      }
    }
    if (minOverlapHours < 0 || targetHours < 1) {
      throw new IllegalArgumentException("minOverlapHours must be >= 0 and targetHours >= 1");
    }
  }

  /**
   * The defaults: coverage 0.3, gain 0.3, availability 0.15, rating 0.15, load 0.1; coverage
   * required; at least 5 overlapping hours; the availability term full at 10 hours.
   *
   * @return the default weights
   */
  public static SkillFitWeights defaults() {
    return new SkillFitWeights(0.3, 0.3, 0.15, 0.15, 0.1, true, 5, 10);
  }
}
