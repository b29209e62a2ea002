package org.atelier.examples.matching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.atelier.core.matching.MatchingAlgorithm.Pair;
import org.atelier.core.matching.MatchingReport;
import org.atelier.core.matching.scoring.PairScore;
import org.atelier.core.matching.scoring.SkillFitScorer;
import org.atelier.examples.json.CompactJson;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code atelier-matching-result/1}. By default the document holds exactly the
 * contract's fields, in the contract's order: {@code format}, {@code algorithm},
 * {@code pairs}, {@code unmatched{interns, mentorSeats}} and
 * {@code metrics{matched, totalWeight, blockingPairs, internRank{mean, first}, solveMillis}}.
 * With {@code --explain} one more key, {@code explain}, comes last and holds the richer report:
 * the blocking pairs listed, the per-pair score breakdown (profile problems), both sides' full
 * rank profiles, the mentor load spread, and why each unmatched intern is unmatched.
 *
 * <p>Every list is sorted by id, so the same problem gives the same bytes except
 * {@code metrics.solveMillis}. A rank mean with nothing ranked is written as {@code null}.
 * The layout is the one {@code atelier run} prints: one line per pair.
 */
public final class MatchingResultJson {
  /** The format tag of a result. */
  public static final String FORMAT = "atelier-matching-result/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MatchingResultJson() {}

  /**
   * Renders a result.
   *
   * @param report the report of the matching
   * @param solveMillis the algorithm's wall time (best of the repeats), in milliseconds
   * @param explain whether to add the {@code explain} key with the richer report
   * @param scored the scorer's breakdown for profile problems, or {@code null}
   * @return the JSON text, ending with a newline
   */
  public static String render(MatchingReport report, double solveMillis, boolean explain,
      SkillFitScorer.@Nullable ScoredProblem scored) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("algorithm", report.matching().algorithm());
    root.set("pairs", pairs(report.matching().pairs()));
    ObjectNode unmatched = root.putObject("unmatched");
    ArrayNode interns = unmatched.putArray("interns");
    for (MatchingReport.UnmatchedIntern u : report.unmatchedInterns()) {
      interns.add(u.intern());
    }
    ObjectNode seats = unmatched.putObject("mentorSeats");
    for (Map.Entry<String, Integer> e : report.freeSeats().entrySet()) {
      seats.put(e.getKey(), e.getValue());
    }
    ObjectNode metrics = root.putObject("metrics");
    metrics.put("matched", report.matched());
    metrics.put("totalWeight", report.totalWeight());
    metrics.put("blockingPairs", report.blockingPairCount());
    ObjectNode internRank = metrics.putObject("internRank");
    mean(internRank, report.internRank());
    internRank.put("first", report.internRank().first());
    metrics.put("solveMillis", Math.round(solveMillis * 1000.0) / 1000.0);
    if (explain) {
      root.set("explain", explanation(report, scored));
    }
    return CompactJson.write(root);
  }

  private static ObjectNode explanation(MatchingReport report, SkillFitScorer.@Nullable ScoredProblem scored) {
    ObjectNode explanation = NODES.objectNode();
    explanation.set("blockingPairs", pairs(report.blockingPairs()));
    if (scored != null) {
      ArrayNode breakdown = explanation.putArray("pairs");
      for (Pair p : report.matching().pairs()) {
        scored.score(p.intern(), p.mentor()).ifPresent(s -> breakdown.add(score(s)));
      }
    }
    rank(explanation.putObject("internRank"), report.internRank());
    rank(explanation.putObject("mentorRank"), report.mentorRank());
    MatchingReport.LoadSpread load = report.mentorLoad();
    explanation.putObject("mentorLoad").put("min", load.min()).put("max", load.max()).put("mean", load.mean())
        .put("stdDev", load.stdDev()).put("meanUtilisation", load.meanUtilisation());
    ObjectNode reasons = explanation.putObject("unmatchedReasons");
    for (MatchingReport.UnmatchedIntern u : report.unmatchedInterns()) {
      reasons.put(u.intern(), u.reason().label());
    }
    return explanation;
  }

  private static ArrayNode pairs(List<Pair> pairs) {
    ArrayNode out = NODES.arrayNode();
    for (Pair p : pairs) {
      out.addObject().put("intern", p.intern()).put("mentor", p.mentor());
    }
    return out;
  }

  private static void mean(ObjectNode node, MatchingReport.RankProfile profile) {
    if (Double.isNaN(profile.mean())) {
      node.putNull("mean");
    } else {
      node.put("mean", profile.mean());
    }
  }

  private static void rank(ObjectNode node, MatchingReport.RankProfile profile) {
    mean(node, profile);
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
