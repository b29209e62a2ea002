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
 * Capacitated max-weight: n interns, n / capacity mentors of that capacity, uniform weights.
 * Targets: within 1.5× of scipy on the replicated n × n matrix at capacity 4, better than it
 * at capacity 50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CapacitatedBenchmark {
  /** The number of interns. */
  @Param({"1000", "2000"})
  public int n;

  /** Every mentor's capacity. */
  @Param({"4", "50"})
  public int capacity;

  private MatchingProblem problem;
  private final MatchingAlgorithm algorithm = new ShortestAugmentingPath();

  /** Creates the benchmark; JMH calls this. */
  public CapacitatedBenchmark() {}

  /** Builds the instance once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    int m = n / capacity;
    problem = Instances.denseProblem(Instances.dense("uniform", n, m, n + capacity), n, m, capacity);
  }

  /**
   * One solve.
   *
   * @return the matching
   */
  @Benchmark
  public MatchingAlgorithm.Matching capacitated() {
    return algorithm.solve(problem);
  }
}
