package org.atelier.examples.cli;

/**
 * Bad input to the command line: an invalid file, value or flag. The command prints the
 * message to standard error, without a stack trace, and exits with status
 * {@link AtelierCommand#EXIT_BAD_INPUT}. Nothing has run when it is thrown.
 *
 * <p>The message names where the problem is (a JSON path such as
 * {@code $.steps[3].milestones[1].share}, or a CSV line) and what was expected.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message where the problem is and what was expected
   */
  public BadInputException(String message) {
    super(message, null, false, false);
  }
}
