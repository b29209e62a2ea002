package org.atelier.core.model;

/**
 * The id of a milestone: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 * letter or digit. Ids compare by their text.
 *
 * @param value the id's text
 * @since 0.1
 */
public record MilestoneId(String value) implements Comparable<MilestoneId> {
  /**
   * Checks the syntax.
   *
   * @param value the id's text
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public MilestoneId {
    IdSyntax.check("milestone id", value);
  }

  /**
   * The id with this text.
   *
   * @param value the id's text, such as {@code "x1"}
   * @return the id
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public static MilestoneId of(String value) {
    return new MilestoneId(value);
  }

  @Override
  public int compareTo(MilestoneId other) {
    return value.compareTo(other.value);
  }

  /** The id's text. */
  @Override
  public String toString() {
    return value;
  }
}
