package org.atelier.examples.scenario;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/** How error messages show a value they got: short, quoted, one line. */
final class JsonText {

  private static final int LONGEST = 60;

  private JsonText() {}

  /**
   * A string as a JSON string literal, escaped, shortened past {@value #LONGEST} characters.
   *
   * @param text the string
   * @return the literal, with its quotes
   */
  static String quote(String text) {
    String shown = text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + "\"";
  }

  /**
   * What a value is, for a message's "got …".
   *
   * @param node the value
   * @return a string literal, a number, {@code true}, {@code null}, {@code an object} or {@code an array}
   */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return quote(node.asText());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String literal = node.toString();
    return literal.length() > LONGEST ? literal.substring(0, LONGEST) + "…" : literal;
  }
}
