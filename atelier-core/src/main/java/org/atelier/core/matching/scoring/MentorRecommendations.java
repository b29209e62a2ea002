package org.atelier.core.matching.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Top-k mentors for a task, with reasons: the step of the paper where the requester picks
 * a mentor. A mentor's recommendation score is
 * {@code coverage·C + availability·A + rating·R + load·L} with the terms and weights of
 * {@link SkillFitScorer} (there is no intern yet, so no gain term, and availability is the
 * mentor's hours against {@code targetHours}). Mentors failing the coverage constraint or
 * without capacity are left out. Ties are broken by mentor id. O(m · s + m log m).
 *
 * @since 0.1
 */
public final class MentorRecommendations {
  private final SkillFitWeights weights;

  /**
   * Creates the recommender.
   *
   * @param weights the term weights and constraints
   */
  public MentorRecommendations(SkillFitWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /**
   * One recommended mentor.
   *
   * @param mentor the mentor's id
   * @param score the recommendation score
   * @param reasons why, one short sentence per term, in a fixed order
   */
  public record Recommendation(String mentor, double score, List<String> reasons) {
    /**
     * Copies the reasons.
     *
     * @param mentor the mentor's id
     * @param score the score
     * @param reasons the reasons
     */
    public Recommendation {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The best {@code k} mentors for a task.
   *
   * @param task the task
   * @param mentors the candidates
   * @param k how many, at least 1
   * @return at most k recommendations, best first
   * @throws IllegalArgumentException if k is below 1
   */
  public List<Recommendation> recommend(TaskProfile task, List<MentorProfile> mentors, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    List<Recommendation> out = new ArrayList<>();
    for (MentorProfile m : mentors) {
      if (m.capacity() == 0) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      double coverage = 1.0;
      boolean covers = true;
      if (!task.skills().isEmpty()) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : task.skills().entrySet()) {
          int have = m.skills().getOrDefault(e.getKey(), 0);
          sum += Math.min(1.0, (double) have / e.getValue());
          covers &= have >= e.getValue();
          reasons.add(e.getKey() + " at " + have + (have >= e.getValue() ? " covers " : " is below ")
              + "the task's " + e.getValue());
        }
        coverage = sum / task.skills().size();
      }
      if (weights.requireCoverage() && !covers) {
        continue;
      }
      double availability = Math.min(1.0, (double) m.hoursPerWeek() / weights.targetHours());
      double load = (double) m.capacity() / (m.capacity() + m.activeInterns());
      reasons.add(m.hoursPerWeek() + " h/week available");
      reasons.add("rating " + m.rating() + " of 5");
      reasons.add(m.activeInterns() + " active interns, capacity " + m.capacity());
      double score = weights.coverage() * coverage + weights.availability() * availability
          + weights.rating() * (m.rating() / 5.0) + weights.load() * load;
      out.add(new Recommendation(m.id(), score, reasons));
    }
    out.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(Recommendation::mentor));
    return List.copyOf(out.subList(0, Math.min(k, out.size())));
  }
}
