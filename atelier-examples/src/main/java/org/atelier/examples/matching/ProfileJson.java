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

  static MatchingInput parse(JsonNode root) {
    Json.allowOnly(root, "$", "format", "scoring", "scoringWeights", "tasks", "mentors", "interns", "forbidden");
    JsonNode scoring = root.get("scoring");
    if (!scoring.isTextual() || !scoring.asText().equals("skill-fit")) {
      throw new BadInputException("$.scoring: expected \"skill-fit\", got " + scoring);
    }
    SkillFitWeights weights = weights(root.get("scoringWeights"));
    JsonNode mentorsNode = Json.array(root, "mentors", "$");
    List<MentorProfile> mentors = new ArrayList<>();
    Map<String, Integer> mentorIds = new HashMap<>();
    for (int k = 0; k < mentorsNode.size(); k++) {
      String at = "$.mentors[" + k + "]";
      JsonNode m = mentorsNode.get(k);
      Json.requireObject(m, at);
      Json.allowOnly(m, at, "id", "capacity", "skills", "rating", "hoursPerWeek", "activeInterns");
      String id = unique(Json.id(m, at), at, mentorIds, k);
      mentors.add(new MentorProfile(id, Json.capacity(m, at), Json.skills(m, at, 0),
          Json.number(m, "rating", at, 0, 5, MentorProfile.DEFAULT_RATING),
          Json.wholeNumber(m, "hoursPerWeek", at, 0, MentorProfile.DEFAULT_HOURS),
          Json.wholeNumber(m, "activeInterns", at, 0, 0)));
    }
    JsonNode internsNode = Json.array(root, "interns", "$");
    List<InternProfile> interns = new ArrayList<>();
    Map<String, Integer> internIds = new HashMap<>();
    for (int k = 0; k < internsNode.size(); k++) {
      String at = "$.interns[" + k + "]";
      JsonNode i = internsNode.get(k);
      Json.requireObject(i, at);
      Json.allowOnly(i, at, "id", "capacity", "skills", "wants", "hoursPerWeek");
      String id = unique(Json.id(i, at), at, internIds, k);
      interns.add(new InternProfile(id, Json.capacity(i, at), Json.skills(i, at, 0), Json.strings(i, "wants", at),
          Json.wholeNumber(i, "hoursPerWeek", at, 0, MentorProfile.DEFAULT_HOURS)));
    }
    JsonNode tasksNode = root.has("tasks") ? Json.array(root, "tasks", "$") : null;
    List<TaskProfile> tasks = new ArrayList<>();
    Map<String, Integer> taskIds = new HashMap<>();
    for (int k = 0; tasksNode != null && k < tasksNode.size(); k++) {
      String at = "$.tasks[" + k + "]";
      JsonNode t = tasksNode.get(k);
      Json.requireObject(t, at);
      Json.allowOnly(t, at, "id", "mentor", "skills");
      String id = unique(Json.id(t, at), at, taskIds, k);
      Json.reference(t, "mentor", at, mentorIds);
      tasks.add(new TaskProfile(id, t.get("mentor").asText(), Json.skills(t, at, 1)));
    }
    List<Pair> forbidden = root.has("forbidden")
        ? Json.pairs(root.get("forbidden"), "$.forbidden", internIds, mentorIds) : List.of();
    try {
      SkillFitScorer.ScoredProblem scored = new SkillFitScorer(weights).toProblem(tasks, mentors, interns, forbidden);
      return new MatchingInput(scored.problem(), scored);
    } catch (AtelierException | IllegalArgumentException e) {
      throw new BadInputException("$: " + e.getMessage());
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
