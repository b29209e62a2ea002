package org.atelier.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.atelier.examples.cli.BadInputException;
import org.atelier.examples.text.English;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * The typed reads of single JSON values that the scenario reader is built from. Each one
 * either returns the value or throws a {@link BadInputException} that names the path, what
 * was expected and what the file had.
 */
final class JsonValues {

  /** Ids, as the core accepts them for tasks, people, milestones and help requests. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** A plain decimal, as {@link Money#parse(String, Currency)} reads it: no exponent, no plus sign. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The lowest and highest skill level. */
  static final int MIN_LEVEL = 1;
  static final int MAX_LEVEL = 5;

  /** Fields whose names start with this are annotations: every object may carry them. */
  static final String ANNOTATION_PREFIX = "x-";

  private JsonValues() {}

  static BadInputException problem(JsonPath path, String expected, JsonNode got) {
    return new BadInputException(path + ": expected " + expected + ", got " + JsonText.describe(got));
  }

  /**
   * Refuses a field that is not in {@code known}, then a field of {@code required} that is
   * missing; annotation fields ({@code x-…}) are let through.
   */
  static void checkFields(JsonNode object, JsonPath path, Set<String> required, Set<String> known, String what) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name) && !name.startsWith(ANNOTATION_PREFIX)) {
        throw new BadInputException(path.field(name) + ": unknown field in " + what + "; expected one of "
            + String.join(", ", known) + " (or an annotation field named x-…)");
      }
    }
    for (String name : required) {
      if (!object.has(name)) {
        throw new BadInputException(path.field(name) + ": missing; " + what + " requires "
            + String.join(", ", required));
      }
    }
  }

  static Set<String> names(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }

  static JsonNode object(JsonNode node, JsonPath path, String what) {
    if (!node.isObject()) {
      throw problem(path, what, node);
    }
    return node;
  }

  static List<JsonNode> array(JsonNode node, JsonPath path, String what) {
    if (!node.isArray()) {
      throw problem(path, what, node);
    }
    List<JsonNode> elements = new ArrayList<>();
    node.elements().forEachRemaining(elements::add);
    return elements;
  }

  static String text(JsonNode node, JsonPath path) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw problem(path, "a non-empty string", node);
    }
    return node.asText();
  }

  static String id(JsonNode node, JsonPath path) {
    if (!node.isTextual() || !ID.matcher(node.asText()).matches()) {
      throw problem(path, "an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", node);
    }
    return node.asText();
  }

  static List<String> ids(JsonNode node, JsonPath path) {
    List<String> ids = new ArrayList<>();
    List<JsonNode> elements = array(node, path, "an array of ids");
    for (int i = 0; i < elements.size(); i++) {
      ids.add(id(elements.get(i), path.index(i)));
    }
    return ids;
  }

  /** A string, or an array of strings. */
  static List<String> texts(JsonNode node, JsonPath path) {
    if (node.isTextual()) {
      return List.of(text(node, path));
    }
    List<String> texts = new ArrayList<>();
    List<JsonNode> elements = array(node, path, "a string or an array of strings");
    for (int i = 0; i < elements.size(); i++) {
      texts.add(text(elements.get(i), path.index(i)));
    }
    return texts;
  }

  static int whole(JsonNode node, JsonPath path, int min, int max) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
      throw problem(path, "a whole number " + min + ".." + max, node);
    }
    return node.asInt();
  }

  /**
   * A whole number of any size, without a range check: the caller decides whether a value out
   * of its range refuses the file or only the step. A value beyond {@code int} is clamped to
   * {@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE}, which is out of every range used.
   *
   * @param expected what the message says was expected when the value is not a whole number
   */
  static int integral(JsonNode node, JsonPath path, String expected) {
    if (!node.isIntegralNumber()) {
      throw problem(path, expected, node);
    }
    if (node.canConvertToInt()) {
      return node.asInt();
    }
    return node.bigIntegerValue().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
  }

  /**
   * The message of a step's value that is a whole number but out of range, such as {@code
   * milestone m2: share must be a whole number 1..100, got 150}.
   */
  static String outOfRange(String what, int min, int max, JsonNode got) {
    return what + " must be a whole number " + min + ".." + max + ", got " + JsonText.describe(got);
  }

  static Instant instant(JsonNode node, JsonPath path) {
    String expected = "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\"";
    if (!node.isTextual()) {
      throw problem(path, expected, node);
    }
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw problem(path, expected, node);
    }
  }

  static Duration duration(JsonNode node, JsonPath path) {
    String expected = "an ISO-8601 duration such as \"PT6H\" or \"P2D\"";
    if (!node.isTextual()) {
      throw problem(path, expected, node);
    }
    try {
      return Duration.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw problem(path, expected, node);
    }
  }

  static Money amount(JsonNode node, JsonPath path, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    String example = digits == 0 ? "1000" : "1000." + "0".repeat(digits);
    String expected = "a decimal string in " + currency.getCurrencyCode() + " with at most "
        + English.count(digits, "decimal", "decimals") + ", such as \"" + example + "\"";
    if (!node.isTextual() || !DECIMAL.matcher(node.asText()).matches()) {
      throw problem(path, expected, node);
    }
    BigDecimal value = new BigDecimal(node.asText());
    if (value.scale() > digits) {
      throw problem(path, expected, node);
    }
    // Money holds minor units in a long: say so when the amount is well written but too large,
    // rather than blaming its decimals.
    BigDecimal min = BigDecimal.valueOf(Long.MIN_VALUE, digits);
    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE, digits);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new BadInputException(path + ": amount out of range: expected " + currency.getCurrencyCode()
          + " from " + min.toPlainString() + " to " + max.toPlainString()
          + " (its minor units must fit in a 64-bit integer), got " + JsonText.describe(node));
    }
    return Money.parse(node.asText(), currency);
  }

  static Currency currency(JsonNode node, JsonPath path) {
    String expected = "an ISO-4217 currency code with a minor unit, such as \"USD\"";
    if (!node.isTextual()) {
      throw problem(path, expected, node);
    }
    try {
      return Money.currency(node.asText());
    } catch (IllegalArgumentException e) {
      throw problem(path, expected, node);
    }
  }

  /** Skills where a level out of range refuses the file, as in {@code people}. */
  static SortedMap<String, Integer> skills(JsonNode node, JsonPath path) {
    return skills(node, path, null);
  }

  /**
   * Skills; a level that is a whole number out of 1..5 refuses the file when {@code
   * stepOutOfRange} is null, and is otherwise added to it as the step's problem.
   */
  static SortedMap<String, Integer> skills(JsonNode node, JsonPath path, @Nullable List<String> stepOutOfRange) {
    object(node, path, "an object of skill name to level, such as {\"java\": 3}");
    SortedMap<String, Integer> skills = new TreeMap<>();
    for (Map.Entry<String, JsonNode> skill : node.properties()) {
      JsonPath at = path.field(skill.getKey());
      if (!ID.matcher(skill.getKey()).matches()) {
        throw new BadInputException(at + ": expected a skill name of letters, digits and . _ : -, got "
            + JsonText.quote(skill.getKey()));
      }
      if (stepOutOfRange == null) {
        skills.put(skill.getKey(), whole(skill.getValue(), at, MIN_LEVEL, MAX_LEVEL));
        continue;
      }
      int level = integral(skill.getValue(), at, "a whole number " + MIN_LEVEL + ".." + MAX_LEVEL);
      if (level < MIN_LEVEL || level > MAX_LEVEL) {
        stepOutOfRange.add(outOfRange("skill " + skill.getKey() + ": level", MIN_LEVEL, MAX_LEVEL, skill.getValue()));
      }
      skills.put(skill.getKey(), level);
    }
    return skills;
  }
}
