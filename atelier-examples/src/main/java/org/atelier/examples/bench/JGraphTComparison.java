package org.atelier.examples.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.atelier.core.matching.MatchingAlgorithm;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.ShortestAugmentingPath;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Max-weight against JGraphT's Kuhn–Munkres on the same uniform square instances, in the
 * same JVM, at n ≤ 1000. Run {@link #main(String[])} to print the ratio per n after the JMH
 * table. JGraphT solves the minimum-weight perfect matching, so it gets the negated weights
 * (on a complete positive matrix the two optima coincide); its graph is built in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class JGraphTComparison {
  /** The side of the square matrix. */
  @Param({"250", "500", "1000"})
  public int n;

  private MatchingProblem problem;
  private SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph;
  private Set<Integer> left;
  private Set<Integer> right;
  private final MatchingAlgorithm algorithm = new ShortestAugmentingPath();

  /** Creates the benchmark; JMH calls this. */
  public JGraphTComparison() {}

  /** Builds both representations of the instance. */
  @Setup(Level.Trial)
  public void setUp() {
    double[] w = Instances.dense("uniform", n, n, n);
    problem = Instances.denseProblem(w, n, n, 1);
    graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    left = new HashSet<>();
    right = new HashSet<>();
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
      graph.addVertex(n + i);
      left.add(i);
      right.add(n + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        graph.setEdgeWeight(graph.addEdge(i, n + j), -w[i * n + j]);
      }
    }
  }

  /**
   * Atelier's max-weight.
   *
   * @return the matching
   */
  @Benchmark
  public MatchingAlgorithm.Matching atelier() {
    return algorithm.solve(problem);
  }

  /**
   * JGraphT's Kuhn–Munkres.
   *
   * @return the total weight
   */
  @Benchmark
  public double jgraphtKuhnMunkres() {
    return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
  }

  /**
   * Runs both benchmarks and prints JGraphT's time over Atelier's for each n.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    var results = new Runner(new OptionsBuilder().include(JGraphTComparison.class.getSimpleName()).build()).run();
    java.util.Map<String, double[]> byN = new java.util.TreeMap<>();
    for (RunResult r : results) {
      String size = r.getParams().getParam("n");
      double score = r.getPrimaryResult().getScore();
      double[] pair = byN.computeIfAbsent(size, k -> new double[2]);
      pair[r.getParams().getBenchmark().endsWith("atelier") ? 0 : 1] = score;
    }
    byN.forEach((size, pair) -> System.out.printf("n = %s: atelier %.2f ms, JGraphT %.2f ms, JGraphT / atelier = %.1f%n",
        size, pair[0], pair[1], pair[1] / pair[0]));
  }
}
