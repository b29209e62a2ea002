package org.atelier.examples.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.core.matching.scoring.InternProfile;
import org.atelier.core.matching.scoring.MentorProfile;
import org.atelier.core.matching.scoring.SkillFitScorer;
import org.atelier.core.matching.scoring.SkillFitWeights;
import org.atelier.core.matching.scoring.TaskProfile;
import org.atelier.examples.cli.BadInputException;

/**
 * Reads the profile form ({@code "scoring": "skill-fit"}): tasks, mentors and interns with
 * skills, plus optional {@code "scoringWeights"} that override {@link SkillFitWeights#defaults()}.
 */
final class ProfileJson {
  private ProfileJson() {}

  /**
   * Parses the profile form. The first problem in document order is reported: the shape
   * first, then the sections in the file's order (see {@link MatchingJson}); a task's mentor
   * and a forbidden pair are checked against the ids the whole file declares.
   */
  static MatchingInput parse(JsonNode root) {
    Json.allowOnly(root, "$", "format", "scoring", "scoringWeights", "tasks", "mentors", "interns", "forbidden");
    JsonNode scoring = root.get("scoring");
    if (!scoring.isTextual() || !scoring.asText().equals("skill-fit")) {
      throw new BadInputException("$.scoring: expected \"skill-fit\", got " + scoring);
    }
    JsonNode mentorsNode = Json.array(root, "mentors", "$");
    JsonNode internsNode = Json.array(root, "interns", "$");
    JsonNode tasksNode = root.has("tasks") ? Json.array(root, "tasks", "$") : null;
    if (root.has("forbidden")) {
      Json.requireArray(root.get("forbidden"), "$.forbidden");
    }
    Map<String, Integer> mentorIds = Json.declaredIds(mentorsNode);
    Map<String, Integer> internIds = Json.declaredIds(internsNode);
    SkillFitWeights weights = SkillFitWeights.defaults();
    List<MentorProfile> mentors = new ArrayList<>();
    List<InternProfile> interns = new ArrayList<>();
    List<TaskProfile> tasks = new ArrayList<>();
    List<Pair> forbidden = new ArrayList<>();
    for (String section : MatchingJson.fieldNames(root)) {
      switch (section) {
        case "scoringWeights" -> weights = weights(root.get("scoringWeights"));
        case "mentors" -> mentors(mentorsNode, mentors);
        case "interns" -> interns(internsNode, interns);
        case "tasks" -> tasks(tasksNode, mentorIds, tasks);
        case "forbidden" -> forbidden.addAll(Json.pairs(root.get("forbidden"), "$.forbidden", internIds, mentorIds));
        default -> { }
      }
    }
    try {
      SkillFitScorer.ScoredProblem scored = new SkillFitScorer(weights).toProblem(tasks, mentors, interns, forbidden);
      return new MatchingInput(scored.problem(), scored);
    } catch (AtelierException | IllegalArgumentException e) {
      throw new BadInputException("$: " + e.getMessage());
    }
  }

  private static void mentors(JsonNode mentorsNode, List<MentorProfile> mentors) {
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < mentorsNode.size(); k++) {
      String at = "$.mentors[" + k + "]";
      JsonNode m = mentorsNode.get(k);
      Json.requireObject(m, at);
      Json.allowOnly(m, at, "id", "capacity", "skills", "rating", "hoursPerWeek", "activeInterns");
      String id = unique(Json.id(m, at), at, ids, k);
      mentors.add(new MentorProfile(id, Json.capacity(m, at), Json.skills(m, at, 0),
          Json.number(m, "rating", at, 0, 5, MentorProfile.DEFAULT_RATING),
          Json.wholeNumber(m, "hoursPerWeek", at, 0, MentorProfile.DEFAULT_HOURS),
          Json.wholeNumber(m, "activeInterns", at, 0, 0)));
    }
  }

  private static void interns(JsonNode internsNode, List<InternProfile> interns) {
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < internsNode.size(); k++) {
      String at = "$.interns[" + k + "]";
      JsonNode i = internsNode.get(k);
      Json.requireObject(i, at);
      Json.allowOnly(i, at, "id", "capacity", "skills", "wants", "hoursPerWeek");
      String id = unique(Json.id(i, at), at, ids, k);
      interns.add(new InternProfile(id, Json.capacity(i, at), Json.skills(i, at, 0), Json.strings(i, "wants", at),
          Json.wholeNumber(i, "hoursPerWeek", at, 0, MentorProfile.DEFAULT_HOURS)));
    }
  }

  private static void tasks(JsonNode tasksNode, Map<String, Integer> mentorIds, List<TaskProfile> tasks) {
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < tasksNode.size(); k++) {
      String at = "$.tasks[" + k + "]";
      JsonNode t = tasksNode.get(k);
      Json.requireObject(t, at);
      Json.allowOnly(t, at, "id", "mentor", "skills");
      String id = unique(Json.id(t, at), at, ids, k);
      Json.reference(t, "mentor", at, mentorIds);
      tasks.add(new TaskProfile(id, t.get("mentor").asText(), Json.skills(t, at, 1)));
    }
  }

  private static String unique(String id, String at, Map<String, Integer> seen, int k) {
    Integer previous = seen.putIfAbsent(id, k);
    if (previous != null) {
      throw new BadInputException(at + ".id: duplicate id \"" + id + "\", already used at index " + previous);
    }
    return id;
  }

  private static SkillFitWeights weights(JsonNode node) {
    SkillFitWeights d = SkillFitWeights.defaults();
    if (node == null) {
      return d;
    }
    String at = "$.scoringWeights";
    Json.requireObject(node, at);
    Json.allowOnly(node, at, "coverage", "gain", "availability", "rating", "load", "requireCoverage",
        "minOverlapHours", "targetHours");
    JsonNode require = node.get("requireCoverage");
    if (require != null && !require.isBoolean()) {
      throw new BadInputException(at + ".requireCoverage: expected true or false, got " + require);
    }
    double max = Double.MAX_VALUE;
    return new SkillFitWeights(Json.number(node, "coverage", at, 0, max, d.coverage()),
        Json.number(node, "gain", at, 0, max, d.gain()),
        Json.number(node, "availability", at, 0, max, d.availability()),
        Json.number(node, "rating", at, 0, max, d.rating()),
        Json.number(node, "load", at, 0, max, d.load()),
        require == null ? d.requireCoverage() : require.asBoolean(),
        Json.wholeNumber(node, "minOverlapHours", at, 0, d.minOverlapHours()),
        Json.wholeNumber(node, "targetHours", at, 1, d.targetHours()));
  }
}
