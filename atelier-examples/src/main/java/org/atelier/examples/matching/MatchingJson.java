package org.atelier.examples.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.core.matching.MatchingProblemBuilder;
import org.atelier.examples.cli.BadInputException;

/**
 * Reads {@code atelier-matching/1} JSON: explicit ranks and weights, or profiles with
 * {@code "scoring": "skill-fit"}. A refusal names its JSON path, for example
 * {@code $.interns[1].capacity: expected a whole number >= 0, got -1}. Unknown fields are
 * refused too: a misspelt key would otherwise be silently ignored.
 *
 * <p>The problem reported is the first one in document order: first the document's shape
 * (a JSON object, its {@code format}, no unknown top-level field, each section an array), then
 * the sections ({@code interns}, {@code mentors}, {@code weights}, ...) in the order the file
 * gives them, each element in turn. Within one element the checks run in a fixed order: an
 * unknown field, then the fields in the contract's order. References to ids are checked where
 * they stand, against the ids the whole file declares, so a rank naming a mentor that is
 * declared further down is accepted, and one naming no mentor at all is reported there.
 */
public final class MatchingJson {
  /** The format tag a problem file must carry. */
  public static final String FORMAT = "atelier-matching/1";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private MatchingJson() {}

  /**
   * Reads and validates a problem file.
   *
   * @param file the file
   * @return the problem, with the scorer's breakdown for profile files
   * @throws BadInputException whose message starts with the file as given, then the JSON path
   *     and what was expected
   */
  public static MatchingInput read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      return parse(bytes);
    } catch (BadInputException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }

  /**
   * Parses and validates problem JSON. The message of a refusal does not name the input: the
   * caller, who knows the file's name, prefixes it.
   *
   * @param bytes the JSON, UTF-8
   * @return the problem
   * @throws BadInputException naming the JSON path (or the line and column of a syntax error)
   *     and what was expected
   */
  public static MatchingInput parse(byte[] bytes) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new BadInputException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException("$: expected a JSON object with \"format\": \"" + FORMAT + "\"");
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
      throw new BadInputException("$.format: expected \"" + FORMAT + "\", got " + (format == null ? "nothing" : format));
    }
    if (root.has("scoring")) {
      return ProfileJson.parse(root);
    }
    Json.allowOnly(root, "$", "format", "interns", "mentors", "weights", "forbidden");
    JsonNode interns = Json.array(root, "interns", "$");
    JsonNode mentors = Json.array(root, "mentors", "$");
    for (String section : List.of("weights", "forbidden")) {
      if (root.has(section)) {
        Json.requireArray(root.get(section), "$." + section);
      }
    }
    Map<String, Integer> internIds = Json.declaredIds(interns);
    Map<String, Integer> mentorIds = Json.declaredIds(mentors);
    int[][] internRanks = new int[interns.size()][];
    int[][] mentorRanks = new int[mentors.size()][];
    int[] internCapacity = new int[interns.size()];
    int[] mentorCapacity = new int[mentors.size()];
    List<double[]> weights = new ArrayList<>();
    List<Pair> forbidden = new ArrayList<>();
    for (String section : fieldNames(root)) {
      switch (section) {
        case "interns" -> people(interns, "$.interns", internCapacity, internRanks, mentorIds, "mentor");
        case "mentors" -> people(mentors, "$.mentors", mentorCapacity, mentorRanks, internIds, "intern");
        case "weights" -> weights(root.get("weights"), internIds, mentorIds, weights);
        case "forbidden" -> forbidden.addAll(Json.pairs(root.get("forbidden"), "$.forbidden", internIds, mentorIds));
        default -> { }
      }
    }
    MatchingProblemBuilder b = MatchingProblem.builder();
    for (int k = 0; k < interns.size(); k++) {
      String id = interns.get(k).get("id").asText();
      int capacity = internCapacity[k];
      Json.build("$.interns[" + k + "]", () -> b.addIntern(id, capacity));
    }
    for (int k = 0; k < mentors.size(); k++) {
      String id = mentors.get(k).get("id").asText();
      int capacity = mentorCapacity[k];
      Json.build("$.mentors[" + k + "]", () -> b.addMentor(id, capacity));
    }
    for (int k = 0; k < interns.size(); k++) {
      int owner = k;
      if (internRanks[k] != null) {
        Json.build("$.interns[" + k + "].ranks", () -> b.internRanks(owner, internRanks[owner]));
      }
    }
    for (int k = 0; k < mentors.size(); k++) {
      int owner = k;
      if (mentorRanks[k] != null) {
        Json.build("$.mentors[" + k + "].ranks", () -> b.mentorRanks(owner, mentorRanks[owner]));
      }
    }
    for (int k = 0; k < weights.size(); k++) {
      double[] w = weights.get(k);
      Json.build("$.weights[" + k + "]", () -> b.weight((int) w[0], (int) w[1], w[2]));
    }
    for (int k = 0; k < forbidden.size(); k++) {
      Pair pair = forbidden.get(k);
      Json.build("$.forbidden[" + k + "]", () -> b.forbid(pair.intern(), pair.mentor()));
    }
    try {
      return new MatchingInput(b.build(), null);
    } catch (AtelierException e) {
      throw new BadInputException("$: " + e.getMessage());
    }
  }

  /** Checks one side's elements in order, keeping each one's capacity and ranks (as indices). */
  private static void people(JsonNode list, String path, int[] capacities, int[][] ranks,
      Map<String, Integer> others, String otherSide) {
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < list.size(); k++) {
      String at = path + "[" + k + "]";
      JsonNode person = list.get(k);
      Json.requireObject(person, at);
      Json.allowOnly(person, at, "id", "capacity", "ranks");
      String id = Json.id(person, at);
      Integer previous = ids.putIfAbsent(id, k);
      if (previous != null) {
        throw new BadInputException(at + ".id: duplicate id \"" + id + "\", already used at " + path + "["
            + previous + "]; ids are unique per side");
      }
      capacities[k] = Json.capacity(person, at);
      JsonNode rankList = person.get("ranks");
      if (rankList != null) {
        ranks[k] = ranks(rankList, at + ".ranks", others, otherSide);
      }
    }
  }

  private static int[] ranks(JsonNode ranks, String at, Map<String, Integer> others, String otherSide) {
    Json.requireArray(ranks, at);
    int[] entries = new int[ranks.size()];
    Map<Integer, Integer> seenAt = new HashMap<>();
    for (int r = 0; r < ranks.size(); r++) {
      JsonNode ref = ranks.get(r);
      String refPath = at + "[" + r + "]";
      if (!ref.isTextual()) {
        throw new BadInputException(refPath + ": expected a " + otherSide + " id (a string), got " + ref);
      }
      Integer index = others.get(ref.asText());
      if (index == null) {
        throw new BadInputException(refPath + ": unknown " + otherSide + " \"" + ref.asText() + "\"; expected one of the "
            + otherSide + "s' ids");
      }
      Integer previous = seenAt.put(index, r);
      if (previous != null) {
        throw new BadInputException(refPath + ": " + otherSide + " \"" + ref.asText() + "\" is already ranked at " + at
            + "[" + previous + "]; a preference list is strict");
      }
      entries[r] = index;
    }
    return entries;
  }

  private static void weights(JsonNode weights, Map<String, Integer> internIds, Map<String, Integer> mentorIds,
      List<double[]> out) {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < weights.size(); k++) {
      String path = "$.weights[" + k + "]";
      JsonNode w = weights.get(k);
      Json.requireObject(w, path);
      Json.allowOnly(w, path, "intern", "mentor", "weight");
      int i = Json.reference(w, "intern", path, internIds);
      int j = Json.reference(w, "mentor", path, mentorIds);
      if (!seen.add(i + "/" + j)) {
        throw new BadInputException(path + ": the pair (" + w.get("intern") + ", " + w.get("mentor")
            + ") already has a weight; give each pair at most one");
      }
      out.add(new double[] {i, j, Json.finiteNumber(w, "weight", path)});
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
