package org.atelier.examples.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.examples.cli.BadInputException;
import org.atelier.examples.text.English;

/** Checks of JSON elements that name their path when they refuse. */
final class Json {
  private Json() {}

  static void allowOnly(JsonNode node, String path, String... fields) {
    List<String> allowed = Arrays.asList(fields);
    for (String name : MatchingJson.fieldNames(node)) {
      if (!allowed.contains(name)) {
        throw new BadInputException(path + "." + name + ": unknown field; expected one of " + String.join(", ", fields));
      }
    }
  }

  /**
   * The ids a section declares, each at its first index, ignoring malformed elements: the
   * element-by-element check reports those where they stand. References are checked against
   * these, so a reference's check does not depend on where in the file the id is declared.
   */
  static Map<String, Integer> declaredIds(JsonNode list) {
    Map<String, Integer> ids = new java.util.HashMap<>();
    for (int k = 0; k < list.size(); k++) {
      JsonNode id = list.get(k).get("id");
      if (id != null && id.isTextual() && !id.asText().isBlank()) {
        ids.putIfAbsent(id.asText(), k);
      }
    }
    return ids;
  }

  static JsonNode array(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null) {
      throw new BadInputException(path + "." + field + ": missing; expected an array");
    }
    requireArray(node, path + "." + field);
    return node;
  }

  static void requireArray(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new BadInputException(path + ": expected an array, got " + kind(node));
    }
  }

  static void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new BadInputException(path + ": expected an object, got " + kind(node));
    }
  }

  static String id(JsonNode node, String path) {
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new BadInputException(path + ".id: expected a non-empty string, got " + (id == null ? "nothing" : id));
    }
    return id.asText();
  }

  static int capacity(JsonNode node, String path) {
    return wholeNumber(node, "capacity", path, 0, 1);
  }

  static int wholeNumber(JsonNode node, String field, String path, int min, int absent) {
    JsonNode c = node.get(field);
    if (c == null) {
      return absent;
    }
    if (!c.isIntegralNumber() || !c.canConvertToInt() || c.asInt() < min) {
      throw new BadInputException(path + "." + field + ": expected a whole number >= " + min + ", got " + c);
    }
    return c.asInt();
  }

  static double finiteNumber(JsonNode node, String field, String path) {
    JsonNode w = node.get(field);
    if (w == null || !w.isNumber() || !Double.isFinite(w.asDouble())) {
      throw new BadInputException(path + "." + field + ": expected a finite number, got " + (w == null ? "nothing" : w));
    }
    return w.asDouble();
  }

  static double number(JsonNode node, String field, String path, double min, double max, double absent) {
    JsonNode w = node.get(field);
    if (w == null) {
      return absent;
    }
    if (!w.isNumber() || !(w.asDouble() >= min && w.asDouble() <= max)) {
      throw new BadInputException(path + "." + field + ": expected a number in [" + min + ", " + max + "], got " + w);
    }
    return w.asDouble();
  }

  static int reference(JsonNode node, String field, String path, Map<String, Integer> ids) {
    JsonNode ref = node.get(field);
    if (ref == null || !ref.isTextual()) {
      throw new BadInputException(path + "." + field + ": expected " + English.withArticle(field) + " id (a string), got "
          + (ref == null ? "nothing" : ref));
    }
    Integer index = ids.get(ref.asText());
    if (index == null) {
      throw new BadInputException(path + "." + field + ": unknown " + field + " \"" + ref.asText() + "\"; expected one of the "
          + field + "s' ids");
    }
    return index;
  }

  static List<Pair> pairs(JsonNode list, String path, Map<String, Integer> interns, Map<String, Integer> mentors) {
    requireArray(list, path);
    List<Pair> out = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      String at = path + "[" + k + "]";
      JsonNode pair = list.get(k);
      requireObject(pair, at);
      allowOnly(pair, at, "intern", "mentor");
      reference(pair, "intern", at, interns);
      reference(pair, "mentor", at, mentors);
      out.add(new Pair(pair.get("intern").asText(), pair.get("mentor").asText()));
    }
    return out;
  }

  static Map<String, Integer> skills(JsonNode node, String path, int minLevel) {
    JsonNode skills = node.get("skills");
    Map<String, Integer> out = new TreeMap<>();
    if (skills == null) {
      return out;
    }
    requireObject(skills, path + ".skills");
    for (String name : MatchingJson.fieldNames(skills)) {
      JsonNode level = skills.get(name);
      if (!level.isIntegralNumber() || level.asInt() < minLevel || level.asInt() > 10) {
        throw new BadInputException(path + ".skills." + name + ": expected a whole number in " + minLevel + "..10, got " + level);
      }
      out.put(name, level.asInt());
    }
    return out;
  }

  static List<String> strings(JsonNode node, String field, String path) {
    JsonNode list = node.get(field);
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    requireArray(list, path + "." + field);
    for (int k = 0; k < list.size(); k++) {
      if (!list.get(k).isTextual()) {
        throw new BadInputException(path + "." + field + "[" + k + "]: expected a string, got " + list.get(k));
      }
      out.add(list.get(k).asText());
    }
    return out;
  }

  /** Runs a builder call, turning its refusal into one that names the path. */
  static int build(String path, IntSupplier call) {
    try {
      return call.getAsInt();
    } catch (AtelierException | IllegalArgumentException e) {
      throw new BadInputException(path + ": " + e.getMessage());
    }
  }

  static void build(String path, Runnable call) {
    build(path, () -> {
      call.run();
      return 0;
    });
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
