package org.atelier.examples.bench;

import java.util.concurrent.TimeUnit;
import org.atelier.core.matching.MatchingAlgorithm;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.ShortestAugmentingPath;
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

/**
 * Dense square max-weight (Jonker–Volgenant) at n = 1000, 2000, 5000 on the uniform,
 * spatial and small-integer families. Targets: within 1.5× of scipy's
 * {@code linear_sum_assignment} on the same matrices (see {@code bench/scipy_compare.py}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MaxWeightBenchmark {
  /** The side of the square matrix. */
  @Param({"1000", "2000", "5000"})
  public int n;

  /** The instance family. */
  @Param({"uniform", "spatial", "ints"})
  public String family;

  private MatchingProblem problem;
  private final MatchingAlgorithm algorithm = new ShortestAugmentingPath();

  /** Creates the benchmark; JMH calls this. */
  public MaxWeightBenchmark() {}

  /** Builds the instance once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = Instances.denseProblem(Instances.dense(family, n, n, n), n, n, 1);
  }

  /**
   * One solve.
   *
   * @return the matching, so that it is not optimised away
   */
  @Benchmark
  public MatchingAlgorithm.Matching maxWeight() {
    return algorithm.solve(problem);
  }
}
