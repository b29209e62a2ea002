package org.atelier.core.model;

/**
 * The id of a help request: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 * letter or digit. Ids compare by their text.
 *
 * @param value the id's text
 * @since 0.1
 */
public record HelpRequestId(String value) implements Comparable<HelpRequestId> {
  /**
   * Checks the syntax.
   *
   * @param value the id's text
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public HelpRequestId {
    IdSyntax.check("help request id", value);
  }

  /**
   * The id with this text.
   *
   * @param value the id's text, such as {@code "x1"}
   * @return the id
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public static HelpRequestId of(String value) {
    return new HelpRequestId(value);
  }

  @Override
  public int compareTo(HelpRequestId other) {
    return value.compareTo(other.value);
  }

  /** The id's text. */
  @Override
  public String toString() {
    return value;
  }
}
