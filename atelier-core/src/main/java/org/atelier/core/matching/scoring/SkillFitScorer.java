package org.atelier.core.matching.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.MatchingProblemBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The {@code skill-fit} scorer: turns profiles into pair weights, preference lists and hard
 * constraints. For intern i, mentor m and one of m's tasks t with required levels
 * {@code L_t(s)}:
 * <ul>
 *   <li><b>coverage</b> = mean over the task's skills of {@code min(1, L_m(s) / L_t(s))}
 *       (1 for a task without skills);</li>
 *   <li><b>gain</b> = {@code Σ_{s ∈ wants_i ∩ skills_t} max(0, L_t(s) − L_i(s)) / Σ_s L_t(s)}:
 *       the share of the task's skill levels that are new to the intern and wanted;</li>
 *   <li><b>availability</b> = {@code min(1, min(h_i, h_m) / targetHours)};</li>
 *   <li><b>rating</b> = {@code rating_m / 5};</li>
 *   <li><b>load</b> = {@code capacity_m / (capacity_m + activeInterns_m)}: mentors already
 *       busy elsewhere score lower (0 for a mentor without capacity).</li>
 * </ul>
 * The score is the weighted sum with {@link SkillFitWeights}; a pair's score is its best
 * acceptable task (ties: the smaller task id). A mentor without a task is scored on their
 * own skills as the task. Hard constraints: the mentor covers every task skill at the
 * task's level (when required) and the overlap is at least {@code minOverlapHours}; a pair
 * failing them on every task is not acceptable. Each side ranks the acceptable pairs by
 * decreasing score, ties by id.
 *
 * <p>Cost: O(n · m · t · s) for t tasks per mentor and s skills per task.
 *
 * @since 0.1
 */
public final class SkillFitScorer {
  private final SkillFitWeights weights;

  /**
   * Creates a scorer.
   *
   * @param weights the term weights and constraints
   */
  public SkillFitScorer(SkillFitWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /**
   * The weights in use.
   *
   * @return the weights
   */
  public SkillFitWeights weights() {
    return weights;
  }

  /**
   * Scores one pair on one task (or on the mentor's own skills when {@code task} is null).
   *
   * @param intern the intern
   * @param mentor the mentor
   * @param task the task, or {@code null}
   * @return the breakdown, with the failed constraint if any
   */
  public PairScore score(InternProfile intern, MentorProfile mentor, @Nullable TaskProfile task) {
    Map<String, Integer> need = task == null ? mentor.skills() : task.skills();
    double coverage = 1.0;
    String rejection = null;
    if (!need.isEmpty()) {
      double sum = 0;
      for (Map.Entry<String, Integer> e : need.entrySet()) {
        int have = mentor.skills().getOrDefault(e.getKey(), 0);
        sum += Math.min(1.0, (double) have / e.getValue());
        if (weights.requireCoverage() && have < e.getValue() && rejection == null) {
          rejection = "mentor has " + e.getKey() + " at " + have + ", the task needs " + e.getValue();
        }
      }
      coverage = sum / need.size();
    }
    double gain = 0;
    int mass = 0;
    for (Map.Entry<String, Integer> e : need.entrySet()) {
      mass += e.getValue();
      if (intern.wants().contains(e.getKey())) {
        gain += Math.max(0, e.getValue() - intern.skills().getOrDefault(e.getKey(), 0));
      }
    }
    gain = mass == 0 ? 0 : gain / mass;
    int overlap = Math.min(intern.hoursPerWeek(), mentor.hoursPerWeek());
    if (overlap < weights.minOverlapHours() && rejection == null) {
      rejection = "availability overlaps " + overlap + " h/week, at least " + weights.minOverlapHours() + " needed";
    }
    double availability = Math.min(1.0, (double) overlap / weights.targetHours());
    double rating = mentor.rating() / 5.0;
    double load = mentor.capacity() == 0 ? 0 : (double) mentor.capacity() / (mentor.capacity() + mentor.activeInterns());
    double score = weights.coverage() * coverage + weights.gain() * gain + weights.availability() * availability
        + weights.rating() * rating + weights.load() * load;
    return new PairScore(intern.id(), mentor.id(), task == null ? null : task.id(), coverage, gain, availability,
        rating, load, score, rejection);
  }

  /**
   * Scores every pair and builds the problem: weights are the scores of acceptable pairs,
   * both sides' preference lists rank them by decreasing score, capacities come from the
   * profiles, forbidden pairs are forbidden.
   *
   * @param tasks the tasks, each naming its mentor
   * @param mentors the mentors
   * @param interns the interns
   * @param forbidden pairs that may never be matched
   * @return the problem with every pair's breakdown
   * @throws AtelierException {@code VALIDATION} for a duplicate id, or a task or forbidden
   *     pair naming an unknown person
   */
  public ScoredProblem toProblem(List<TaskProfile> tasks, List<MentorProfile> mentors, List<InternProfile> interns,
      List<Pair> forbidden) {
    MatchingProblemBuilder b = MatchingProblem.builder();
    interns.forEach(i -> b.addIntern(i.id(), i.capacity()));
    mentors.forEach(m -> b.addMentor(m.id(), m.capacity()));
    Map<String, List<TaskProfile>> byMentor = new HashMap<>();
    Set<String> mentorIds = new HashSet<>();
    mentors.forEach(m -> mentorIds.add(m.id()));
    Set<String> taskIds = new HashSet<>();
    for (TaskProfile t : tasks) {
      if (!taskIds.add(t.id())) {
        throw AtelierException.validation("duplicate task id \"" + t.id() + "\"");
      }
      if (!mentorIds.contains(t.mentor())) {
        throw AtelierException.validation("task \"" + t.id() + "\" names unknown mentor \"" + t.mentor() + "\"");
      }
      byMentor.computeIfAbsent(t.mentor(), k -> new ArrayList<>()).add(t);
    }
    byMentor.values().forEach(list -> list.sort(Comparator.comparing(TaskProfile::id)));
    Set<String> forbiddenKeys = new HashSet<>();
    for (Pair f : forbidden) {
      b.forbid(f.intern(), f.mentor());
      forbiddenKeys.add(f.intern() + '\u0000' + f.mentor());
    }
    Map<String, PairScore> scores = new HashMap<>();
    List<List<PairScore>> internLists = new ArrayList<>();
    Map<String, List<PairScore>> mentorLists = new HashMap<>();
    for (InternProfile intern : interns) {
      List<PairScore> acceptable = new ArrayList<>();
      for (MentorProfile mentor : mentors) {
        PairScore best = best(intern, mentor, byMentor.getOrDefault(mentor.id(), List.of()));
        scores.put(intern.id() + '\u0000' + mentor.id(), best);
        if (best.acceptable() && mentor.capacity() > 0 && !forbiddenKeys.contains(intern.id() + '\u0000' + mentor.id())) {
          acceptable.add(best);
          b.weight(intern.id(), mentor.id(), best.score());
          mentorLists.computeIfAbsent(mentor.id(), k -> new ArrayList<>()).add(best);
        }
      }
      internLists.add(acceptable);
    }
    for (int k = 0; k < interns.size(); k++) {
      List<PairScore> list = internLists.get(k);
      list.sort(Comparator.comparingDouble(PairScore::score).reversed().thenComparing(PairScore::mentor));
      b.internRanks(interns.get(k).id(), list.stream().map(PairScore::mentor).toList());
    }
    for (MentorProfile mentor : mentors) {
      List<PairScore> list = new ArrayList<>(mentorLists.getOrDefault(mentor.id(), List.of()));
      list.sort(Comparator.comparingDouble(PairScore::score).reversed().thenComparing(PairScore::intern));
      b.mentorRanks(mentor.id(), list.stream().map(PairScore::intern).toList());
    }
    return new ScoredProblem(b.build(), scores);
  }

  private PairScore best(InternProfile intern, MentorProfile mentor, List<TaskProfile> tasks) {
    if (tasks.isEmpty()) {
      return score(intern, mentor, null);
    }
    PairScore best = null;
    for (TaskProfile t : tasks) {
      PairScore s = score(intern, mentor, t);
      if (best == null || (s.acceptable() && !best.acceptable())
          || (s.acceptable() == best.acceptable() && s.score() > best.score())) {
        best = s;
      }
    }
    return best;
  }

  /**
   * A problem built from profiles, with the breakdown of every pair.
   */
  public static final class ScoredProblem {
    private final MatchingProblem problem;
    private final Map<String, PairScore> scores;

    ScoredProblem(MatchingProblem problem, Map<String, PairScore> scores) {
      this.problem = problem;
      this.scores = Map.copyOf(scores);
    }

    /**
     * The problem.
     *
     * @return the problem
     */
    public MatchingProblem problem() {
      return problem;
    }

    /**
     * The breakdown of one pair.
     *
     * @param intern the intern's id
     * @param mentor the mentor's id
     * @return the breakdown, or empty for unknown ids
     */
    public Optional<PairScore> score(String intern, String mentor) {
      return Optional.ofNullable(scores.get(intern + '\u0000' + mentor));
    }
  }
}
