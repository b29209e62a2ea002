package org.atelier.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingAlgorithm;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.MatchingReport;
import org.atelier.examples.matching.MatchingFiles;
import org.atelier.examples.matching.MatchingInput;
import org.atelier.examples.matching.MatchingJson;
import org.atelier.examples.matching.MatchingResultJson;
import org.atelier.examples.matching.WeightMatrixCsv;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier match}: solves one matching problem and prints an
 * {@code atelier-matching-result/1} document (contract {@code matching-v1}).
 */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = {"Solves a matching problem (atelier-matching/1 JSON, or a CSV weight matrix with --matrix).",
        "Exit status: 0 solved, 2 invalid problem, 1 internal failure."})
final class MatchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand AtelierCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The atelier-matching/1 JSON problem, or - for standard input.")
  @Nullable String file;

  @Option(names = "--matrix", paramLabel = "FILE.csv",
      description = "A dense CSV weight matrix: row = intern, column = mentor, empty cell = not acceptable.")
  @Nullable Path matrix;

  @Option(names = "--mentor-capacity", paramLabel = "K", defaultValue = "1",
      description = "Every mentor's capacity for --matrix (default ${DEFAULT-VALUE}).")
  int mentorCapacity;

  @Option(names = "--algorithm", paramLabel = "NAME",
      description = "stable-intern-optimal, stable-mentor-optimal, max-weight or greedy. Default: "
          + "stable-intern-optimal when the problem has ranks, else max-weight.")
  @Nullable String algorithm;

  @Option(names = "--explain", description = {"Add an \"explain\" key: the blocking pairs, score breakdowns,",
          "both rank profiles, the load spread and the unmatched reasons."})
  boolean explain;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Solve N times after parsing and report the best time in metrics.solveMillis.")
  int repeat;

  @Override
  public Integer call() {
    if ((file == null) == (matrix == null)) {
      throw new BadInputException("match: give either FILE or --matrix FILE.csv, exactly one");
    }
    if (repeat < 1) {
      throw new BadInputException("--repeat: expected a whole number >= 1, got " + repeat);
    }
    if (mentorCapacity != 1 && matrix == null) {
      throw new BadInputException("--mentor-capacity applies to --matrix only; a JSON problem gives each mentor's capacity");
    }
    MatchingAlgorithm chosen = null;
    if (algorithm != null) {
      try {
        chosen = MatchingAlgorithm.named(algorithm);
      } catch (AtelierException e) {
        throw new BadInputException("--algorithm: " + e.getMessage());
      }
    }
    boolean csv = matrix != null || !"-".equals(file) && MatchingFiles.isCsv(Path.of(file));
    MatchingInput input;
    if (matrix != null) {
      input = new MatchingInput(WeightMatrixCsv.read(matrix, mentorCapacity), null);
    } else if (csv) {
      input = new MatchingInput(WeightMatrixCsv.read(Path.of(file), 1), null);
    } else {
      input = InputText.read(file, parent.in())
          .parse(text -> MatchingJson.parse(text.getBytes(StandardCharsets.UTF_8)));
    }
    if (chosen == null) {
      chosen = MatchingAlgorithm.named(input.problem().hasInternRanks() && input.problem().hasMentorRanks()
          ? "stable-intern-optimal" : "max-weight");
    }
    String name = matrix != null ? matrix.toString() : "-".equals(file) ? "<stdin>" : String.valueOf(file);
    requireWhatTheAlgorithmNeeds(chosen, input, name, csv);
    MatchingAlgorithm.Matching matching = null;
    double best = Double.POSITIVE_INFINITY;
    try {
      for (int k = 0; k < repeat; k++) {
        long start = System.nanoTime();
        matching = chosen.solve(input.problem());
        best = Math.min(best, (System.nanoTime() - start) / 1e6);
      }
    } catch (AtelierException e) {
      throw new BadInputException(name + ": " + e.getMessage());
    }
    String out = MatchingResultJson.render(MatchingReport.of(matching), best, explain, input.scored());
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return AtelierCommand.EXIT_OK;
  }

  /**
   * Refuses, naming where the missing part would go, a problem that lacks what the algorithm
   * reads: weights for max-weight and greedy, both sides' ranks for the stable algorithms. The
   * reason after the path is the library's own refusal.
   */
  private static void requireWhatTheAlgorithmNeeds(MatchingAlgorithm algorithm, MatchingInput input, String name,
      boolean csv) {
    MatchingProblem problem = input.problem();
    String where;
    if (algorithm.acceptability() == MatchingAlgorithm.Acceptability.WEIGHTS) {
      if (problem.hasWeights()) {
        return;
      }
      where = "$.weights: missing";
    } else if (!problem.hasInternRanks()) {
      where = csv ? "a weight matrix has no preference lists"
          : problem.internCount() == 0 ? "$.interns: no intern has ranks" : "$.interns[0].ranks: missing";
    } else if (!problem.hasMentorRanks()) {
      where = problem.mentorCount() == 0 ? "$.mentors: no mentor has ranks" : "$.mentors[0].ranks: missing";
    } else {
      return;
    }
    try {
      algorithm.solve(problem);
    } catch (AtelierException e) {
      throw new BadInputException(name + ": " + where + "; " + e.getMessage());
    }
    throw new IllegalStateException(algorithm.name() + " solved a problem that lacks what it reads");
  }
}
