package org.atelier.examples.bench;

import java.util.concurrent.TimeUnit;
import org.atelier.core.matching.DeferredAcceptance;
import org.atelier.core.matching.MatchingAlgorithm;
import org.atelier.core.matching.MatchingProblem;
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
 * Deferred acceptance at marketplace scale: 10<sup>6</sup> interns × 10<sup>5</sup> mentors
 * (capacity 10), 20 choices each, in a 1 GB heap. One operation includes the rank inversion.
 * Target: at most 1.0 s for the uniform family; {@code master} and {@code popular} are the
 * adversarial shared-list families.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StableBenchmark {
  /** The instance family. */
  @Param({"uniform", "master", "popular"})
  public String family;

  /** Who proposes. */
  @Param({"interns", "mentors"})
  public String proposers;

  /** The number of interns. */
  @Param({"1000000"})
  public int interns;

  private MatchingProblem problem;
  private MatchingAlgorithm algorithm;

  /** Creates the benchmark; JMH calls this. */
  public StableBenchmark() {}

  /** Builds the instance once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = Instances.ranked(family, interns, interns / 10, 20, 10, 42);
    algorithm = proposers.equals("interns") ? DeferredAcceptance.internProposing() : DeferredAcceptance.mentorProposing();
  }

  /**
   * One solve, rank inversion included.
   *
   * @return the matching
   */
  @Benchmark
  public MatchingAlgorithm.Matching deferredAcceptance() {
    return algorithm.solve(problem);
  }
}
