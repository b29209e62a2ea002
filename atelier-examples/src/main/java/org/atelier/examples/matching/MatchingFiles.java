package org.atelier.examples.matching;

import java.nio.file.Path;
import java.util.Locale;
import org.atelier.examples.cli.BadInputException;

/**
 * The entry point for matching files: parses and validates, never solves.
 *
 * <p>A file whose name ends in {@code .csv} is a dense weight matrix (see
 * {@link WeightMatrixCsv}); anything else is an {@code atelier-matching/1} JSON problem (see
 * {@link MatchingJson}). Every refusal is a {@link BadInputException} whose message names the
 * JSON path (for example {@code $.interns[1].capacity}) or the CSV line and what was expected.
 */
public final class MatchingFiles {
  private MatchingFiles() {}

  /**
   * Parses and validates a matching file without solving it: {@code atelier validate FILE}.
   * A CSV matrix is read with mentor capacity 1.
   *
   * @param file the file
   * @return the parsed problem
   * @throws BadInputException when the file is unreadable or invalid
   */
  public static MatchingInput validate(Path file) {
    if (isCsv(file)) {
      return new MatchingInput(WeightMatrixCsv.read(file, 1), null);
    }
    return MatchingJson.read(file);
  }

  /**
   * Whether a file is read as a CSV matrix.
   *
   * @param file the file
   * @return {@code true} when its name ends in {@code .csv}, in any case
   */
  public static boolean isCsv(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }
}
