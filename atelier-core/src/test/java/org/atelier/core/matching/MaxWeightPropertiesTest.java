package org.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class MaxWeightPropertiesTest {

  private static final MatchingAlgorithm MAX = new ShortestAugmentingPath();

  @Test
  void maxWeight_equalsBruteForceUpToSeven() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 7), integers().between(1, 7), integers().between(1, 3))
        .checkAssert((seed, n, m, cap) -> {
          boolean ints = (seed & 1) == 0;
          MatchingProblem p = RandomProblems.weighted(seed, n, m, cap, 1, 0.3, ints);
          MatchingAlgorithm.Matching matching = MAX.solve(p);
          double best = BruteForce.matchings(p, BruteForce.weighted(p)).stream()
              .mapToDouble(of -> BruteForce.weight(p, of)).max().orElse(0);
          assertThat(matching.totalWeight()).isCloseTo(best, within(1e-9));
          assertRespectsCapacities(p, matching);
        });
  }

  @Test
  void maxWeight_squareUnitCapacities_equalsBruteForce() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 7), integers().between(0, 2), booleans().all())
        .checkAssert((seed, n, missingTenths, ints) -> {
          MatchingProblem p = RandomProblems.weighted(seed, n, n, 1, 1, missingTenths / 10.0, ints);
          double best = BruteForce.matchings(p, BruteForce.weighted(p)).stream()
              .mapToDouble(of -> BruteForce.weight(p, of)).max().orElse(0);
          MatchingAlgorithm.Matching matching = MAX.solve(p);
          assertThat(matching.totalWeight()).isCloseTo(best, within(1e-9));
          assertRespectsCapacities(p, matching);
        });
  }

  @Test
  void maxWeight_withCapacitiesOnBothSides_matchesReferenceMinCostFlow() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 25), integers().between(1, 12), integers().between(1, 5))
        .checkAssert((seed, n, m, mentorCap) -> {
          boolean ints = (seed & 1) == 0;
          int internCap = 1 + (int) ((seed >>> 1) & 1) + (int) ((seed >>> 2) & 1);
          MatchingProblem p = RandomProblems.weighted(seed, n, m, mentorCap, internCap, 0.25, ints);
          MatchingAlgorithm.Matching matching = MAX.solve(p);
          assertThat(matching.totalWeight()).isCloseTo(ReferenceMinCostFlow.maxWeight(p), within(1e-9));
          assertRespectsCapacities(p, matching);
        });
  }

  @Test
  void maxWeight_onLargerDenseSquares_matchesJGraphTKuhnMunkres() {
    qt().withExamples(12).forAll(longs().all(), integers().between(20, 60), booleans().all())
        .checkAssert((seed, n, ints) -> {
          Random r = new Random(seed);
          MatchingProblemBuilder b = MatchingProblem.builder();
          WeightMatrix.Builder w = WeightMatrix.builder(n, n);
          SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
          java.util.Set<Integer> left = new java.util.HashSet<>();
          java.util.Set<Integer> right = new java.util.HashSet<>();
          for (int i = 0; i < n; i++) {
            b.addIntern("i" + i);
            b.addMentor("m" + i);
            g.addVertex(i);
            g.addVertex(n + i);
            left.add(i);
            right.add(n + i);
          }
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              double x = ints ? 1 + r.nextInt(10) : 0.001 + r.nextDouble();
              w.set(i, j, x);
              g.setEdgeWeight(g.addEdge(i, n + j), -x);
            }
          }
          MatchingProblem p = b.weights(w.build()).build();
          double expected = -new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right).getMatching().getWeight();
          assertThat(MAX.solve(p).totalWeight()).isCloseTo(expected, within(1e-9));
        });
  }

  @Test
  void greedy_neverBeatsMaxWeight_andRespectsCapacities() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 15), integers().between(1, 10), integers().between(1, 3))
        .checkAssert((seed, n, m, cap) -> {
          MatchingProblem p = RandomProblems.weighted(seed, n, m, cap, 2, 0.3, false);
          MatchingAlgorithm.Matching greedy = new GreedyMatching().solve(p);
          assertRespectsCapacities(p, greedy);
          assertThat(greedy.totalWeight()).isLessThanOrEqualTo(MAX.solve(p).totalWeight() + 1e-9);
        });
  }

  static void assertRespectsCapacities(MatchingProblem p, MatchingAlgorithm.Matching matching) {
    int[] load = new int[p.mentorCount()];
    for (int k = 0; k < matching.size(); k++) {
      int i = matching.internAt(k);
      int j = matching.mentorAt(k);
      assertThat(p.weight(i, j)).as("pair (%d, %d) has a weight", i, j).isNotNaN();
      assertThat(p.isForbidden(i, j)).isFalse();
      load[j]++;
    }
    for (int j = 0; j < p.mentorCount(); j++) {
      assertThat(load[j]).isLessThanOrEqualTo(p.mentorCapacity(j));
    }
    for (int i = 0; i < p.internCount(); i++) {
      assertThat(matching.degreeOf(i)).isLessThanOrEqualTo(p.internCapacity(i));
    }
  }
}
