package org.atelier.examples.scenario;

import java.util.regex.Pattern;

/**
 * A JSONPath to a value in a file, such as {@code $.steps[3].milestones[1].share}: what error
 * messages name so that a reader finds the first problem at once.
 *
 * @param text the path as printed
 */
public record JsonPath(String text) {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The whole document, {@code $}. */
  public static final JsonPath ROOT = new JsonPath("$");

  /**
   * The path to a field of the object at this path.
   *
   * @param name the field's name
   * @return {@code $.a.name}, or {@code $.a["odd name"]} when the name is not a plain identifier
   */
  public JsonPath field(String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return new JsonPath(text + "." + name);
    }
    return new JsonPath(text + "[" + JsonText.quote(name) + "]");
  }

  /**
   * The path to an element of the array at this path.
   *
   * @param index the zero-based index
   * @return {@code $.a[index]}
   */
  public JsonPath index(int index) {
    return new JsonPath(text + "[" + index + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}
