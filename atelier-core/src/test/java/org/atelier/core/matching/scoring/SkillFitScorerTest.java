package org.atelier.core.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.atelier.core.matching.DeferredAcceptance;
import org.junit.jupiter.api.Test;

class SkillFitScorerTest {

  private final SkillFitScorer scorer = new SkillFitScorer(SkillFitWeights.defaults());
  private final TaskProfile task = new TaskProfile("t1", "m1", Map.of("java", 3, "sql", 2));
  private final MentorProfile mentor = new MentorProfile("m1", 3, Map.of("java", 5, "sql", 4), 4.8, 40, 0);
  private final InternProfile intern = new InternProfile("i1", 1, Map.of("java", 2), List.of("sql"), 15);

  @Test
  void score_followsTheDocumentedFormulas() {
    PairScore s = scorer.score(intern, mentor, task);
    assertThat(s.coverage()).isEqualTo(1.0);
    assertThat(s.gain()).isCloseTo(2.0 / 5.0, within(1e-12));
    assertThat(s.availability()).isEqualTo(1.0);
    assertThat(s.rating()).isCloseTo(0.96, within(1e-12));
    assertThat(s.load()).isEqualTo(1.0);
    assertThat(s.score()).isCloseTo(0.3 + 0.3 * 0.4 + 0.15 + 0.15 * 0.96 + 0.1, within(1e-12));
    assertThat(s.acceptable()).isTrue();
  }

  @Test
  void score_rejectsAMentorBelowTheTasksLevel() {
    MentorProfile weak = new MentorProfile("m1", 3, Map.of("java", 2, "sql", 4), 4.8, 40, 0);
    assertThat(scorer.score(intern, weak, task).rejection()).isEqualTo("mentor has java at 2, the task needs 3");
  }

  @Test
  void score_rejectsTooLittleOverlap() {
    InternProfile busy = new InternProfile("i1", 1, Map.of(), List.of("sql"), 3);
    assertThat(scorer.score(busy, mentor, task).rejection()).contains("overlaps 3 h/week, at least 5");
  }

  @Test
  void toProblem_ranksByScoreAndSolves() {
    MentorProfile second = new MentorProfile("m2", 1, Map.of("java", 5, "sql", 4), 3.0, 40, 2);
    SkillFitScorer.ScoredProblem scored = scorer.toProblem(
        List.of(task, new TaskProfile("t2", "m2", Map.of("java", 3))), List.of(mentor, second), List.of(intern), List.of());
    assertThat(scored.problem().internRanks(0)).containsExactly(0, 1);
    assertThat(DeferredAcceptance.internProposing().solve(scored.problem()).pairs())
        .extracting(p -> p.mentor()).containsExactly("m1");
    assertThat(scored.score("i1", "m2")).get().extracting(PairScore::task).isEqualTo("t2");
  }

  @Test
  void recommend_returnsTopKWithReasons() {
    MentorProfile busy = new MentorProfile("m2", 1, Map.of("java", 5, "sql", 4), 4.8, 40, 3);
    MentorProfile weak = new MentorProfile("m3", 1, Map.of("java", 1), 5.0, 40, 0);
    List<MentorRecommendations.Recommendation> top = new MentorRecommendations(SkillFitWeights.defaults())
        .recommend(task, List.of(busy, weak, mentor), 2);
    assertThat(top).extracting(MentorRecommendations.Recommendation::mentor).containsExactly("m1", "m2");
    assertThat(top.get(0).reasons()).contains("java at 5 covers the task's 3", "rating 4.8 of 5");
  }
}
