package org.atelier.examples.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.core.matching.MatchingReport;
import org.atelier.core.matching.scoring.PairScore;
import org.atelier.core.matching.scoring.SkillFitScorer;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code atelier-matching-result/1}. Fields come in a fixed order and every list is
 * sorted by id, so the same problem gives the same bytes except {@code metrics.solveMillis}.
 * A rank mean with nothing ranked is written as {@code null}.
 */
public final class MatchingResultJson {
  /** The format tag of a result. */
  public static final String FORMAT = "atelier-matching-result/1";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MatchingResultJson() {}

  /**
   * Renders a result.
   *
   * @param report the report of the matching
   * @param solveMillis the algorithm's wall time (best of the repeats), in milliseconds
   * @param explain whether to add the blocking pairs and the per-pair score breakdown
   * @param scored the scorer's breakdown for profile problems, or {@code null}
   * @return the JSON text, ending with a newline
   */
  public static String render(MatchingReport report, double solveMillis, boolean explain,
      SkillFitScorer.@Nullable ScoredProblem scored) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("algorithm", report.matching().algorithm());
    ArrayNode pairs = root.putArray("pairs");
    for (Pair p : report.matching().pairs()) {
      pairs.addObject().put("intern", p.intern()).put("mentor", p.mentor());
    }
    ObjectNode unmatched = root.putObject("unmatched");
    ArrayNode interns = unmatched.putArray("interns");
    ObjectNode reasons = NODES.objectNode();
    for (MatchingReport.UnmatchedIntern u : report.unmatchedInterns()) {
      interns.add(u.intern());
      reasons.put(u.intern(), u.reason().label());
    }
    ObjectNode seats = unmatched.putObject("mentorSeats");
    for (Map.Entry<String, Integer> e : report.freeSeats().entrySet()) {
      seats.put(e.getKey(), e.getValue());
    }
    unmatched.set("reasons", reasons);
    ObjectNode metrics = root.putObject("metrics");
    metrics.put("matched", report.matched());
    metrics.put("totalWeight", report.totalWeight());
    metrics.put("blockingPairs", report.blockingPairCount());
    rank(metrics.putObject("internRank"), report.internRank());
    rank(metrics.putObject("mentorRank"), report.mentorRank());
    MatchingReport.LoadSpread load = report.mentorLoad();
    metrics.putObject("mentorLoad").put("min", load.min()).put("max", load.max()).put("mean", load.mean())
        .put("stdDev", load.stdDev()).put("meanUtilisation", load.meanUtilisation());
    metrics.put("solveMillis", Math.round(solveMillis * 1000.0) / 1000.0);
    if (explain) {
      ObjectNode explanation = root.putObject("explain");
      ArrayNode blocking = explanation.putArray("blockingPairs");
      for (Pair p : report.blockingPairs()) {
        blocking.addObject().put("intern", p.intern()).put("mentor", p.mentor());
      }
      if (scored != null) {
        ArrayNode breakdown = explanation.putArray("pairs");
        for (Pair p : report.matching().pairs()) {
          scored.score(p.intern(), p.mentor()).ifPresent(s -> breakdown.add(score(s)));
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void rank(ObjectNode node, MatchingReport.RankProfile profile) {
    if (Double.isNaN(profile.mean())) {
      node.putNull("mean");
    } else {
      node.put("mean", profile.mean());
    }
    node.put("first", profile.first());
    node.put("worst", profile.worst());
    node.put("unranked", profile.unranked());
  }

  private static ObjectNode score(PairScore s) {
    ObjectNode node = NODES.objectNode();
    node.put("intern", s.intern());
    node.put("mentor", s.mentor());
    if (s.task() == null) {
      node.putNull("task");
    } else {
      node.put("task", s.task());
    }
    node.put("coverage", s.coverage());
    node.put("gain", s.gain());
    node.put("availability", s.availability());
    node.put("rating", s.rating());
    node.put("load", s.load());
    node.put("score", s.score());
    return node;
  }
}
