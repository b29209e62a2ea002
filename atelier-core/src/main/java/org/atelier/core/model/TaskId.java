package org.atelier.core.model;

/**
 * The id of a task: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 * letter or digit. Ids compare by their text.
 *
 * @param value the id's text
 * @since 0.1
 */
public record TaskId(String value) implements Comparable<TaskId> {
  /**
   * Checks the syntax.
   *
   * @param value the id's text
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public TaskId {
    IdSyntax.check("task id", value);
  }

  /**
   * The id with this text.
   *
   * @param value the id's text, such as {@code "x1"}
   * @return the id
   * @throws org.atelier.core.AtelierException with code {@code VALIDATION} if the syntax is wrong
   */
  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public int compareTo(TaskId other) {
    return value.compareTo(other.value);
  }

  /** The id's text. */
  @Override
  public String toString() {
    return value;
  }
}
