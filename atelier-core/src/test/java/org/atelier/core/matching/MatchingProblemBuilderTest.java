package org.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.junit.jupiter.api.Test;

class MatchingProblemBuilderTest {

  private static MatchingProblemBuilder twoByTwo() {
    MatchingProblemBuilder b = MatchingProblem.builder();
    b.addIntern("i1");
    b.addIntern("i2");
    b.addMentor("m1", 2);
    b.addMentor("m2");
    return b;
  }

  @Test
  void addIntern_refusesDuplicateIdNamingIt() {
    MatchingProblemBuilder b = twoByTwo();
    assertThatThrownBy(() -> b.addIntern("i1")).isInstanceOf(AtelierException.class)
        .hasMessageContaining("duplicate intern id \"i1\"")
        .extracting(e -> ((AtelierException) e).code()).isEqualTo(ErrorCode.VALIDATION);
  }

  @Test
  void addMentor_refusesNegativeCapacity() {
    assertThatThrownBy(() -> twoByTwo().addMentor("m3", -1)).isInstanceOf(AtelierException.class)
        .hasMessageContaining("mentor \"m3\": capacity must be a whole number >= 0, got -1");
  }

  @Test
  void internRanks_refusesUnknownMentorNamingTheList() {
    assertThatThrownBy(() -> twoByTwo().internRanks("i1", List.of("m1", "m9")))
        .hasMessageContaining("unknown mentor \"m9\" in the ranks of intern \"i1\"");
  }

  @Test
  void mentorRanks_refusesAnInternListedTwice() {
    assertThatThrownBy(() -> twoByTwo().mentorRanks("m1", List.of("i2", "i1", "i2")))
        .hasMessageContaining("mentor \"m1\": ranks list intern \"i2\" twice (positions 1 and 3)");
  }

  @Test
  void build_refusesAPairWeightedTwice() {
    MatchingProblemBuilder b = twoByTwo().weight("i1", "m1", 1.0).weight("i1", "m1", 2.0);
    assertThatThrownBy(b::build).hasMessageContaining("(\"i1\", \"m1\") has two weights");
  }

  @Test
  void weight_refusesNonFiniteWeights() {
    assertThatThrownBy(() -> twoByTwo().weight("i1", "m1", Double.NaN)).hasMessageContaining("finite");
  }

  @Test
  void build_refusesAMatrixOfTheWrongShape() {
    MatchingProblemBuilder b = twoByTwo().weights(WeightMatrix.builder(3, 2).build());
    assertThatThrownBy(b::build).hasMessageContaining("3 x 2 but the problem has 2 interns and 2 mentors");
  }

  @Test
  void forbiddenPair_hasNoWeightAndIsNeverMatched() {
    MatchingProblem p = twoByTwo().weight("i1", "m1", 5).weight("i2", "m1", 1).forbid("i1", "m1").build();
    assertThat(p.weight(0, 0)).isNaN();
    assertThat(p.isForbidden(0, 0)).isTrue();
    assertThat(new ShortestAugmentingPath().solve(p).pairs()).containsExactly(new MatchingAlgorithm.Pair("i2", "m1"));
  }

  @Test
  void stableAlgorithms_refuseAProblemWithoutRanksSayingWhatIsMissing() {
    MatchingProblem p = twoByTwo().weight("i1", "m1", 1).build();
    assertThatThrownBy(() -> DeferredAcceptance.internProposing().solve(p))
        .hasMessageContaining("stable-intern-optimal needs preference lists");
    MatchingProblem ranksOnly = twoByTwo().internRanks("i1", List.of("m1")).mentorRanks("m1", List.of("i1")).build();
    assertThatThrownBy(() -> new GreedyMatching().solve(ranksOnly)).hasMessageContaining("greedy needs pair weights");
  }

  @Test
  void named_refusesUnknownAlgorithmListingTheKnownOnes() {
    assertThatThrownBy(() -> MatchingAlgorithm.named("hungarian"))
        .hasMessageContaining("unknown matching algorithm \"hungarian\"").hasMessageContaining("max-weight");
  }
}
