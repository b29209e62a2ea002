package org.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.junit.jupiter.api.Test;

class ClassicInstancesTest {

  /**
   * Gale and Shapley (1962), the 3 × 3 example: men α, β, γ and women A, B, C, each man's
   * first choice is a different woman and each woman's first choice a different man, so the
   * man-optimal and woman-optimal stable matchings give everyone their first choice on one
   * side, and a third stable matching gives everyone their second choice.
   */
  private static MatchingProblem galeShapley1962() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (String man : List.of("alpha", "beta", "gamma")) {
      b.addIntern(man);
    }
    for (String woman : List.of("A", "B", "C")) {
      b.addMentor(woman);
    }
    b.internRanks("alpha", List.of("A", "B", "C"));
    b.internRanks("beta", List.of("B", "C", "A"));
    b.internRanks("gamma", List.of("C", "A", "B"));
    b.mentorRanks("A", List.of("beta", "gamma", "alpha"));
    b.mentorRanks("B", List.of("gamma", "alpha", "beta"));
    b.mentorRanks("C", List.of("alpha", "beta", "gamma"));
    return b.build();
  }

  @Test
  void galeShapley1962_internProposingGivesEveryInternTheirFirstChoice() {
    assertThat(DeferredAcceptance.internProposing().solve(galeShapley1962()).pairs()).containsExactly(
        new Pair("alpha", "A"), new Pair("beta", "B"), new Pair("gamma", "C"));
  }

  @Test
  void galeShapley1962_mentorProposingGivesEveryMentorTheirFirstChoice() {
    assertThat(DeferredAcceptance.mentorProposing().solve(galeShapley1962()).pairs()).containsExactly(
        new Pair("alpha", "C"), new Pair("beta", "A"), new Pair("gamma", "B"));
  }

  @Test
  void galeShapley1962_hasExactlyThreeStableMatchings() {
    MatchingProblem p = galeShapley1962();
    assertThat(BruteForce.matchings(p, BruteForce.mutual(p)).stream().filter(of -> BruteForce.stable(p, of))).hasSize(3);
  }

  /**
   * The 4 × 4 instance of Gusfield and Irving, <i>The Stable Marriage Problem</i> (1989),
   * §1.3 (after Knuth 1976), whose preference lists form Latin squares: it has ten stable
   * matchings, the man-optimal one gives each man his first choice and the woman-optimal one
   * each woman hers.
   */
  private static MatchingProblem latinSquare4() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int k = 1; k <= 4; k++) {
      b.addIntern("m" + k);
      b.addMentor("w" + k);
    }
    b.internRanks("m1", List.of("w1", "w2", "w3", "w4"));
    b.internRanks("m2", List.of("w2", "w1", "w4", "w3"));
    b.internRanks("m3", List.of("w3", "w4", "w1", "w2"));
    b.internRanks("m4", List.of("w4", "w3", "w2", "w1"));
    b.mentorRanks("w1", List.of("m4", "m3", "m2", "m1"));
    b.mentorRanks("w2", List.of("m3", "m4", "m1", "m2"));
    b.mentorRanks("w3", List.of("m2", "m1", "m4", "m3"));
    b.mentorRanks("w4", List.of("m1", "m2", "m3", "m4"));
    return b.build();
  }

  @Test
  void latinSquare4_hasTenStableMatchings() {
    MatchingProblem p = latinSquare4();
    assertThat(BruteForce.matchings(p, BruteForce.mutual(p)).stream().filter(of -> BruteForce.stable(p, of))).hasSize(10);
  }

  @Test
  void latinSquare4_extremesAreTheSidesFirstChoices() {
    MatchingProblem p = latinSquare4();
    assertThat(DeferredAcceptance.internProposing().solve(p).pairs()).containsExactly(
        new Pair("m1", "w1"), new Pair("m2", "w2"), new Pair("m3", "w3"), new Pair("m4", "w4"));
    assertThat(DeferredAcceptance.mentorProposing().solve(p).pairs()).containsExactly(
        new Pair("m1", "w4"), new Pair("m2", "w3"), new Pair("m3", "w2"), new Pair("m4", "w1"));
  }

  /**
   * A hospitals/residents instance in the style of Gusfield and Irving §1.6: a popular
   * mentor with two seats, and an intern whom nobody acceptable ranks is left unmatched
   * with the reason "no acceptable pair".
   */
  @Test
  void hospitalsResidents_capacitiesAndUnmatchedReasons() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    b.addIntern("r1");
    b.addIntern("r2");
    b.addIntern("r3");
    b.addIntern("r4");
    b.addMentor("h1", 2);
    b.addMentor("h2", 1);
    b.internRanks("r1", List.of("h1", "h2"));
    b.internRanks("r2", List.of("h1"));
    b.internRanks("r3", List.of("h1", "h2"));
    b.internRanks("r4", List.of("h2"));
    b.mentorRanks("h1", List.of("r3", "r1", "r2"));
    b.mentorRanks("h2", List.of("r2", "r1", "r3"));
    MatchingProblem p = b.build();
    MatchingAlgorithm.Matching matching = DeferredAcceptance.internProposing().solve(p);
    assertThat(matching.pairs()).containsExactly(new Pair("r1", "h1"), new Pair("r3", "h1"));
    MatchingReport report = MatchingReport.of(matching);
    assertThat(report.blockingPairCount()).isZero();
    assertThat(report.unmatchedInterns()).containsExactly(
        new MatchingReport.UnmatchedIntern("r2", MatchingReport.UnmatchedReason.OUTCOMPETED),
        new MatchingReport.UnmatchedIntern("r4", MatchingReport.UnmatchedReason.NO_ACCEPTABLE_PAIR));
    assertThat(report.freeSeats()).containsExactly(java.util.Map.entry("h2", 1));
  }
}
