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
 * {@code "scoring": "skill-fit"}. Every element is checked where it stands, so a refusal
 * names its JSON path, for example
 * {@code $.interns[1].capacity: expected a whole number >= 0, got -1}. Unknown fields are
 * refused too: a misspelt key would otherwise be silently ignored.
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
   * @throws BadInputException naming the JSON path and what was expected
   */
  public static MatchingInput read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return parse(bytes, file.toString());
  }

  /**
   * Parses and validates problem JSON.
   *
   * @param bytes the JSON
   * @param name how to name the input in messages
   * @return the problem
   * @throws BadInputException naming the JSON path and what was expected
   */
  public static MatchingInput parse(byte[] bytes, String name) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new BadInputException(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")");
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
    MatchingProblemBuilder b = MatchingProblem.builder();
    JsonNode interns = Json.array(root, "interns", "$");
    JsonNode mentors = Json.array(root, "mentors", "$");
    Map<String, Integer> internIds = people(b, interns, "$.interns", true);
    Map<String, Integer> mentorIds = people(b, mentors, "$.mentors", false);
    ranks(b, interns, "$.interns", mentorIds, "mentor", true);
    ranks(b, mentors, "$.mentors", internIds, "intern", false);
    JsonNode weights = root.get("weights");
    if (weights != null) {
      Set<String> seen = new HashSet<>();
      Json.requireArray(weights, "$.weights");
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
        double weight = Json.finiteNumber(w, "weight", path);
        Json.build(path, () -> b.weight(i, j, weight));
      }
    }
    JsonNode forbidden = root.get("forbidden");
    if (forbidden != null) {
      for (Pair pair : Json.pairs(forbidden, "$.forbidden", internIds, mentorIds)) {
        Json.build("$.forbidden", () -> b.forbid(pair.intern(), pair.mentor()));
      }
    }
    try {
      return new MatchingInput(b.build(), null);
    } catch (AtelierException e) {
      throw new BadInputException("$: " + e.getMessage());
    }
  }

  private static Map<String, Integer> people(MatchingProblemBuilder b, JsonNode list, String path, boolean interns) {
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < list.size(); k++) {
      String at = path + "[" + k + "]";
      JsonNode person = list.get(k);
      Json.requireObject(person, at);
      Json.allowOnly(person, at, "id", "capacity", "ranks");
      String id = Json.id(person, at);
      if (ids.containsKey(id)) {
        throw new BadInputException(at + ".id: duplicate id \"" + id + "\", already used at " + path + "["
            + ids.get(id) + "]; ids are unique per side");
      }
      int capacity = Json.capacity(person, at);
      int index = Json.build(at, () -> interns ? b.addIntern(id, capacity) : b.addMentor(id, capacity));
      ids.put(id, index);
    }
    return ids;
  }

  private static void ranks(MatchingProblemBuilder b, JsonNode list, String path, Map<String, Integer> others,
      String otherSide, boolean interns) {
    for (int k = 0; k < list.size(); k++) {
      String at = path + "[" + k + "].ranks";
      JsonNode ranks = list.get(k).get("ranks");
      if (ranks == null) {
        continue;
      }
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
      int owner = k;
      Json.build(at, () -> {
        if (interns) {
          b.internRanks(owner, entries);
        } else {
          b.mentorRanks(owner, entries);
        }
      });
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
