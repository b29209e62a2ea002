package org.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.junit.jupiter.api.Test;

class MatchingReportTest {

  /** The example problem of the matching-v1 contract. */
  static MatchingProblem contractExample() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    b.addIntern("i1", 1);
    b.addIntern("i2");
    b.addMentor("m1", 2);
    b.addMentor("m2", 1);
    b.internRanks("i1", List.of("m2", "m1"));
    b.internRanks("i2", List.of("m1"));
    b.mentorRanks("m1", List.of("i2", "i1"));
    b.mentorRanks("m2", List.of("i1"));
    b.weight("i1", "m1", 3.5).weight("i1", "m2", 1.0).weight("i2", "m1", 2.0);
    b.forbid("i2", "m2");
    return b.build();
  }

  @Test
  void contractExample_internOptimalGivesTheContractsMetrics() {
    MatchingReport report = MatchingReport.of(DeferredAcceptance.internProposing().solve(contractExample()));
    assertThat(report.matching().pairs()).containsExactly(new Pair("i1", "m2"), new Pair("i2", "m1"));
    assertThat(report.matched()).isEqualTo(2);
    assertThat(report.totalWeight()).isEqualTo(3.0);
    assertThat(report.blockingPairCount()).isZero();
    assertThat(report.internRank().mean()).isEqualTo(1.0);
    assertThat(report.internRank().first()).isEqualTo(2);
    assertThat(report.freeSeats()).containsExactly(Map.entry("m1", 1));
    assertThat(report.unmatchedInterns()).isEmpty();
  }

  @Test
  void contractExample_maxWeightTradesStabilityForWeight() {
    MatchingReport report = MatchingReport.of(new ShortestAugmentingPath().solve(contractExample()));
    assertThat(report.matching().pairs()).containsExactly(new Pair("i1", "m1"), new Pair("i2", "m1"));
    assertThat(report.totalWeight()).isEqualTo(5.5);
    assertThat(report.blockingPairs()).containsExactly(new Pair("i1", "m2"));
    assertThat(report.mentorLoad().max()).isEqualTo(2);
    assertThat(report.mentorLoad().min()).isZero();
  }

  @Test
  void weightsOnly_ranksAndBlockingFollowTheWeights() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    b.addIntern("a");
    b.addIntern("b");
    b.addMentor("x");
    b.addMentor("y");
    WeightMatrix.Builder w = WeightMatrix.builder(2, 2);
    w.set(0, 0, 10).set(0, 1, 9).set(1, 0, 9).set(1, 1, 1);
    MatchingProblem p = b.weights(w.build()).build();
    MatchingReport maxWeight = MatchingReport.of(new ShortestAugmentingPath().solve(p));
    assertThat(maxWeight.matching().pairs()).containsExactly(new Pair("a", "y"), new Pair("b", "x"));
    assertThat(maxWeight.blockingPairs()).containsExactly(new Pair("a", "x"));
    assertThat(maxWeight.internRank().mean()).isEqualTo(1.5);
    MatchingReport greedy = MatchingReport.of(new GreedyMatching().solve(p));
    assertThat(greedy.matching().pairs()).containsExactly(new Pair("a", "x"), new Pair("b", "y"));
    assertThat(greedy.blockingPairCount()).isZero();
    assertThat(greedy.totalWeight()).isEqualTo(11.0);
  }
}
