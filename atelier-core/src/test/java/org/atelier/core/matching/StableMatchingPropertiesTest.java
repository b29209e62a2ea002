package org.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

class StableMatchingPropertiesTest {

  private static final MatchingAlgorithm INTERN = DeferredAcceptance.internProposing();
  private static final MatchingAlgorithm MENTOR = DeferredAcceptance.mentorProposing();

  @Test
  void bothStableAlgorithms_haveNoBlockingPairs() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 9), integers().between(1, 7), integers().between(1, 3))
        .checkAssert((seed, n, m, cap) -> {
          MatchingProblem p = RandomProblems.ranked(seed, n, m, cap);
          for (MatchingAlgorithm a : List.of(INTERN, MENTOR)) {
            MatchingAlgorithm.Matching matching = a.solve(p);
            assertThat(MatchingReport.of(matching).blockingPairCount()).as(a.name()).isZero();
            assertThat(BruteForce.stable(p, BruteForce.of(matching))).as(a.name()).isTrue();
            int[] load = new int[m];
            for (int k = 0; k < matching.size(); k++) {
              load[matching.mentorAt(k)]++;
              assertThat(BruteForce.mutual(p)[matching.internAt(k)][matching.mentorAt(k)]).isTrue();
            }
            for (int j = 0; j < m; j++) {
              assertThat(load[j]).isLessThanOrEqualTo(p.mentorCapacity(j));
            }
          }
        });
  }

  @Test
  void capacitiesOnBothSides_stillNoBlockingPairsAndCapacitiesHold() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 10), integers().between(1, 7), integers().between(1, 3))
        .checkAssert((seed, n, m, cap) -> {
          MatchingProblem p = RandomProblems.ranked(seed, n, m, cap, 3);
          for (MatchingAlgorithm a : List.of(INTERN, MENTOR)) {
            MatchingAlgorithm.Matching matching = a.solve(p);
            assertThat(MatchingReport.of(matching).blockingPairCount()).as(a.name()).isZero();
            MaxWeightPropertiesTest.assertRespectsCapacities(withRanksAsWeights(p), matching);
          }
        });
  }

  /** Capacity checks need weights only to confirm each pair is acceptable; here acceptable = mutually ranked. */
  private static MatchingProblem withRanksAsWeights(MatchingProblem p) {
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int i = 0; i < p.internCount(); i++) {
      b.addIntern(p.internId(i), p.internCapacity(i));
    }
    for (int j = 0; j < p.mentorCount(); j++) {
      b.addMentor(p.mentorId(j), p.mentorCapacity(j));
    }
    boolean[][] mutual = BruteForce.mutual(p);
    for (int i = 0; i < p.internCount(); i++) {
      for (int j = 0; j < p.mentorCount(); j++) {
        if (mutual[i][j]) {
          b.weight(i, j, 1.0);
        }
      }
    }
    return b.build();
  }

  @Test
  void internOptimal_isWeaklyPreferredByEveryInternToMentorOptimal() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 9), integers().between(1, 7), integers().between(1, 3))
        .checkAssert((seed, n, m, cap) -> {
          MatchingProblem p = RandomProblems.ranked(seed, n, m, cap);
          int[] io = BruteForce.of(INTERN.solve(p));
          int[] mo = BruteForce.of(MENTOR.solve(p));
          for (int i = 0; i < n; i++) {
            assertThat(rankOrUnmatched(p, i, io[i])).as("intern %d", i).isLessThanOrEqualTo(rankOrUnmatched(p, i, mo[i]));
          }
        });
  }

  @Test
  void bothStableAlgorithms_agreeWithBruteForceUpToSix() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 6), integers().between(1, 5), integers().between(1, 2))
        .checkAssert((seed, n, m, cap) -> {
          MatchingProblem p = RandomProblems.ranked(seed, n, m, cap);
          List<int[]> stable = BruteForce.matchings(p, BruteForce.mutual(p)).stream()
              .filter(of -> BruteForce.stable(p, of)).toList();
          assertThat(stable).isNotEmpty();
          int[] best = new int[n];
          for (int i = 0; i < n; i++) {
            int b = Integer.MAX_VALUE;
            for (int[] of : stable) {
              b = Math.min(b, rankOrUnmatched(p, i, of[i]));
            }
            best[i] = b;
          }
          int[] io = BruteForce.of(INTERN.solve(p));
          for (int i = 0; i < n; i++) {
            assertThat(rankOrUnmatched(p, i, io[i])).isEqualTo(best[i]);
          }
          int[] mo = BruteForce.of(MENTOR.solve(p));
          assertThat(stable).anySatisfy(of -> assertThat(of).containsExactly(mo));
          for (int[] of : stable) {
            for (int j = 0; j < m; j++) {
              assertThat(worstRankOfMentor(p, j, mo)).isLessThanOrEqualTo(worstRankOfMentor(p, j, of));
            }
          }
        });
  }

  private static int rankOrUnmatched(MatchingProblem p, int intern, int mentor) {
    return mentor < 0 ? Integer.MAX_VALUE : BruteForce.pos(p.internRanks(intern), mentor);
  }

  /** For a mentor, the rank of their worst intern; in a stable matching all have the same number of interns. */
  private static int worstRankOfMentor(MatchingProblem p, int mentor, int[] of) {
    int worst = -1;
    for (int i = 0; i < of.length; i++) {
      if (of[i] == mentor) {
        worst = Math.max(worst, BruteForce.pos(p.mentorRanks(mentor), i));
      }
    }
    return worst < 0 ? Integer.MAX_VALUE : worst;
  }
}
