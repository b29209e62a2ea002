package org.atelier.core.matching.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The skill-fit breakdown of one intern–mentor pair, for {@code --explain}.
 *
 * @param intern the intern's id
 * @param mentor the mentor's id
 * @param task the mentor's task this pair was scored on (the best one), or {@code null} when the mentor has none
 * @param coverage the coverage term in [0, 1]
 * @param gain the learning-gain term in [0, 1]
 * @param availability the availability term in [0, 1]
 * @param rating the rating term in [0, 1]
 * @param load the load-balancing term in [0, 1]
 * @param score the weighted sum
 * @param rejection why a hard constraint excludes the pair, or {@code null} when it is acceptable
 * @since 0.1
 */
public record PairScore(String intern, String mentor, @Nullable String task, double coverage, double gain,
    double availability, double rating, double load, double score, @Nullable String rejection) {

  /**
   * Whether every hard constraint holds.
   *
   * @return {@code true} if the pair may be matched
   */
  public boolean acceptable() {
    return rejection == null;
  }
}
