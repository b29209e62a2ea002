package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

  static final String CONTRACT_EXAMPLE = """
      {
        "format": "atelier-matching/1",
        "interns": [
          {"id": "i1", "capacity": 1, "ranks": ["m2", "m1"]},
          {"id": "i2", "ranks": ["m1"]}
        ],
        "mentors": [
          {"id": "m1", "capacity": 2, "ranks": ["i2", "i1"]},
          {"id": "m2", "capacity": 1, "ranks": ["i1"]}
        ],
        "weights": [
          {"intern": "i1", "mentor": "m1", "weight": 3.5},
          {"intern": "i1", "mentor": "m2", "weight": 1.0},
          {"intern": "i2", "mentor": "m1", "weight": 2.0}
        ],
        "forbidden": [{"intern": "i2", "mentor": "m2"}]
      }
      """;

  static final String PROFILE_EXAMPLE = """
      {
        "format": "atelier-matching/1",
        "scoring": "skill-fit",
        "tasks":   [{"id": "t1", "mentor": "m1", "skills": {"java": 3, "sql": 2}}],
        "mentors": [{"id": "m1", "capacity": 3, "skills": {"java": 5, "sql": 4}, "rating": 4.8}],
        "interns": [{"id": "i1", "skills": {"java": 2}, "wants": ["sql"], "hoursPerWeek": 15}]
      }
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ObjectMapper json = new ObjectMapper();

  private int run(String... args) {
    return AtelierCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void contractExample_givesTheContractsPairsAndMetrics() throws IOException {
    assertThat(run("match", write("p.json", CONTRACT_EXAMPLE).toString(), "--algorithm", "stable-intern-optimal")).isZero();
    JsonNode result = json.readTree(out.toString());
    assertThat(result.get("format").asText()).isEqualTo("atelier-matching-result/1");
    assertThat(result.get("algorithm").asText()).isEqualTo("stable-intern-optimal");
    assertThat(result.get("pairs").toString())
        .isEqualTo("[{\"intern\":\"i1\",\"mentor\":\"m2\"},{\"intern\":\"i2\",\"mentor\":\"m1\"}]");
    assertThat(result.at("/unmatched/interns").size()).isZero();
    assertThat(result.at("/unmatched/mentorSeats").toString()).isEqualTo("{\"m1\":1}");
    JsonNode metrics = result.get("metrics");
    assertThat(metrics.get("matched").asInt()).isEqualTo(2);
    assertThat(metrics.get("totalWeight").asDouble()).isEqualTo(3.0);
    assertThat(metrics.get("blockingPairs").asInt()).isZero();
    assertThat(metrics.at("/internRank/mean").asDouble()).isEqualTo(1.0);
    assertThat(metrics.at("/internRank/first").asInt()).isEqualTo(2);
    assertThat(metrics.get("solveMillis").isNumber()).isTrue();
  }

  @Test
  void output_isByteIdenticalAcrossRunsExceptSolveMillis() throws IOException {
    Path file = write("p.json", CONTRACT_EXAMPLE);
    run("match", file.toString(), "--algorithm", "max-weight", "--explain", "--repeat", "3");
    String first = out.toString().replaceAll("\"solveMillis\": [0-9.E-]+", "");
    out.getBuffer().setLength(0);
    run("match", file.toString(), "--algorithm", "max-weight", "--explain");
    assertThat(out.toString().replaceAll("\"solveMillis\": [0-9.E-]+", "")).isEqualTo(first);
    assertThat(first).contains("\"blockingPairs\": [\n      {\"intern\": \"i1\", \"mentor\": \"m2\"}\n    ]");
  }

  @Test
  void defaultOutput_hasExactlyTheContractsFieldsInTheContractsOrder() throws IOException {
    assertThat(run("match", write("p.json", CONTRACT_EXAMPLE).toString())).isZero();
    assertThat(out.toString().replaceAll("\"solveMillis\": [0-9.E-]+", "\"solveMillis\": 0")).isEqualTo("""
        {
          "format": "atelier-matching-result/1",
          "algorithm": "stable-intern-optimal",
          "pairs": [
            {"intern": "i1", "mentor": "m2"},
            {"intern": "i2", "mentor": "m1"}
          ],
          "unmatched": {
            "interns": [],
            "mentorSeats": {
              "m1": 1
            }
          },
          "metrics": {
            "matched": 2,
            "totalWeight": 3.0,
            "blockingPairs": 0,
            "internRank": {
              "mean": 1.0,
              "first": 2
            },
            "solveMillis": 0
          }
        }
        """);
  }

  @Test
  void internRank_isTheMeanRankOfMatchedInternsAndTheCountAtFirstChoice() throws IOException {
    // max-weight gives i1-m1 (i1's 2nd choice) and i2-m1 (i2's 1st): mean 1.5, one first choice.
    assertThat(run("match", write("p.json", CONTRACT_EXAMPLE).toString(), "--algorithm", "max-weight")).isZero();
    JsonNode rank = json.readTree(out.toString()).at("/metrics/internRank");
    assertThat(rank.toString()).isEqualTo("{\"mean\":1.5,\"first\":1}");
  }

  @Test
  void explain_addsTheRicherReportUnderOneSeparateKeyOnly() throws IOException {
    String lonely = CONTRACT_EXAMPLE.replace("{\"id\": \"i2\", \"ranks\": [\"m1\"]}",
        "{\"id\": \"i2\", \"ranks\": [\"m1\"]}, {\"id\": \"i3\", \"ranks\": []}");
    Path file = write("p.json", lonely);
    assertThat(run("match", file.toString())).isZero();
    JsonNode plain = json.readTree(out.toString());
    out.getBuffer().setLength(0);
    assertThat(run("match", file.toString(), "--explain")).isZero();
    JsonNode explained = json.readTree(out.toString());
    assertThat(fieldNames(explained)).containsExactly("format", "algorithm", "pairs", "unmatched", "metrics", "explain");
    ObjectNode withoutExplain = ((ObjectNode) explained.deepCopy()).without("explain");
    ((ObjectNode) withoutExplain.get("metrics")).remove("solveMillis");
    ((ObjectNode) plain.get("metrics")).remove("solveMillis");
    assertThat(withoutExplain).isEqualTo(plain);
    JsonNode explain = explained.get("explain");
    assertThat(fieldNames(explain))
        .containsExactly("blockingPairs", "internRank", "mentorRank", "mentorLoad", "unmatchedReasons");
    assertThat(explain.get("unmatchedReasons").toString()).isEqualTo("{\"i3\":\"no-acceptable-pair\"}");
    assertThat(explain.at("/internRank/worst").asInt()).isEqualTo(1);
    assertThat(explain.at("/mentorLoad/max").asInt()).isEqualTo(1);
    assertThat(plain.at("/unmatched").toString()).isEqualTo("{\"interns\":[\"i3\"],\"mentorSeats\":{\"m1\":1}}");
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void dash_readsTheProblemFromStandardInput() throws IOException {
    Path file = write("p.json", CONTRACT_EXAMPLE);
    assertThat(run("match", file.toString())).isZero();
    String fromFile = out.toString().replaceAll("\"solveMillis\": [0-9.E-]+", "");
    out.getBuffer().setLength(0);
    InputStream stdin = new ByteArrayInputStream(CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
    assertThat(AtelierCommand.execute(new String[] {"match", "-"}, stdin, new PrintWriter(out), new PrintWriter(err)))
        .isZero();
    assertThat(out.toString().replaceAll("\"solveMillis\": [0-9.E-]+", "")).isEqualTo(fromFile);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void dash_namesStandardInputInErrors() {
    String bad = CONTRACT_EXAMPLE.replace("\"capacity\": 2", "\"capacity\": -1");
    InputStream stdin = new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8));
    assertThat(AtelierCommand.execute(new String[] {"match", "-"}, stdin, new PrintWriter(out), new PrintWriter(err)))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("atelier: <stdin>: $.mentors[0].capacity: expected a whole number >= 0, got -1");
  }

  @Test
  void missingFile_exitsTwoNamingIt() {
    assertThat(run("match", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.json: no such file");
  }

  @Test
  void profiles_explainShowsTheBreakdown() throws IOException {
    assertThat(run("match", write("p.json", PROFILE_EXAMPLE).toString(), "--explain")).isZero();
    JsonNode result = json.readTree(out.toString());
    assertThat(result.get("pairs").toString()).isEqualTo("[{\"intern\":\"i1\",\"mentor\":\"m1\"}]");
    JsonNode pair = result.at("/explain/pairs/0");
    assertThat(pair.get("task").asText()).isEqualTo("t1");
    assertThat(pair.get("gain").asDouble()).isEqualTo(0.4);
  }

  @Test
  void matrix_solvesWithCapacitiesAndEmptyCells() throws IOException {
    Path csv = write("w.csv", "1,2,\n3,,1\n0.5,4,2\r\n");
    assertThat(run("match", "--matrix", csv.toString(), "--mentor-capacity", "2")).isZero();
    JsonNode result = json.readTree(out.toString());
    assertThat(result.get("algorithm").asText()).isEqualTo("max-weight");
    assertThat(result.at("/metrics/totalWeight").asDouble()).isEqualTo(9.0);
  }

  @Test
  void negativeCapacity_exitsTwoNamingTheJsonPath() throws IOException {
    String bad = CONTRACT_EXAMPLE.replace("{\"id\": \"i2\", \"ranks\"", "{\"id\": \"i2\", \"capacity\": -1, \"ranks\"");
    Path file = write("p.json", bad);
    assertThat(run("match", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("atelier: " + file + ": $.interns[1].capacity: expected a whole number >= 0, got -1"
        + System.lineSeparator());
  }

  @Test
  void errors_nameTheFileOnceLikeValidate() throws IOException {
    String bad = CONTRACT_EXAMPLE.replace("{\"id\": \"m1\", \"capacity\": 2", "{\"id\": \"m1\", \"capacity\": -1");
    Path file = write("mbad.json", bad);
    assertThat(run("match", file.toString())).isEqualTo(2);
    String matchError = err.toString();
    assertThat(matchError).isEqualTo("atelier: " + file + ": $.mentors[0].capacity: expected a whole number >= 0, got -1"
        + System.lineSeparator());
    err.getBuffer().setLength(0);
    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(matchError);
  }

  @Test
  void firstProblemInDocumentOrder_isReported() throws IOException {
    String bad = CONTRACT_EXAMPLE.replace("[\"m2\", \"m1\"]", "[\"mX\", \"m1\"]")
        .replace("{\"id\": \"m1\", \"capacity\": 2", "{\"id\": \"m1\", \"capacity\": -1");
    assertThat(run("match", write("p.json", bad).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("$.interns[0].ranks[0]: unknown mentor \"mX\"").doesNotContain("capacity");
  }

  @Test
  void firstProblemInDocumentOrder_followsTheFilesSectionOrder() throws IOException {
    String mentorsFirst = """
        {"format": "atelier-matching/1",
         "mentors": [{"id": "m1", "capacity": -1, "ranks": ["i1"]}],
         "interns": [{"id": "i1", "ranks": ["mX"]}]}
        """;
    assertThat(run("match", write("p.json", mentorsFirst).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("$.mentors[0].capacity: expected a whole number >= 0, got -1");
    err.getBuffer().setLength(0);
    String laterMentor = mentorsFirst.replace("\"capacity\": -1", "\"capacity\": 1").replace("\"mX\"", "\"m1\"");
    assertThat(run("match", write("q.json", laterMentor).toString())).isZero();
  }

  @Test
  void profiles_reportTheFirstProblemInDocumentOrder() throws IOException {
    String bad = PROFILE_EXAMPLE.replace("\"mentor\": \"m1\"", "\"mentor\": \"mX\"").replace("\"capacity\": 3", "\"capacity\": -3");
    assertThat(run("match", write("p.json", bad).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("$.tasks[0].mentor: unknown mentor \"mX\"").doesNotContain("capacity");
  }

  @Test
  void maxWeightWithoutWeights_namesTheMissingJsonPath() throws IOException {
    String ranksOnly = CONTRACT_EXAMPLE.substring(0, CONTRACT_EXAMPLE.indexOf(",\n  \"weights\"")) + "\n}\n";
    Path file = write("r.json", ranksOnly);
    assertThat(run("match", file.toString(), "--algorithm", "max-weight")).isEqualTo(2);
    assertThat(err.toString()).startsWith("atelier: " + file + ": $.weights: missing; max-weight needs pair weights");
  }

  @Test
  void stableWithoutRanks_namesTheMissingJsonPath() throws IOException {
    String weightsOnly = CONTRACT_EXAMPLE.replaceAll(", \"ranks\": \\[[^]]*]", "");
    Path file = write("w.json", weightsOnly);
    assertThat(run("match", file.toString(), "--algorithm", "stable-intern-optimal")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("atelier: " + file + ": $.interns[0].ranks: missing; stable-intern-optimal needs preference lists");
  }

  @Test
  void unknownMentorInRanks_exitsTwoNamingTheEntry() throws IOException {
    String bad = CONTRACT_EXAMPLE.replace("[\"m2\", \"m1\"]", "[\"m2\", \"m9\"]");
    assertThat(run("match", write("p.json", bad).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("$.interns[0].ranks[1]: unknown mentor \"m9\"");
  }

  @Test
  void stableAlgorithmOnAMatrix_exitsTwoSayingRanksAreMissing() throws IOException {
    Path csv = write("w.csv", "1,2\n3,4\n");
    assertThat(run("match", "--matrix", csv.toString(), "--algorithm", "stable-mentor-optimal")).isEqualTo(2);
    assertThat(err.toString()).startsWith("atelier: " + csv + ": a weight matrix has no preference lists; "
        + "stable-mentor-optimal needs preference lists");
  }

  @Test
  void badCsvCell_exitsTwoNamingLineAndColumn() throws IOException {
    Path csv = write("w.csv", "1,2\n3,x4\n");
    assertThat(run("match", "--matrix", csv.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 2, column 2: expected a number or an empty cell, got \"x4\"");
    Path ragged = write("r.csv", "1,2\n3\n");
    assertThat(run("match", "--matrix", ragged.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 2: expected 2 cells like line 1, got 1");
  }

  @Test
  void unknownAlgorithm_exitsTwoListingTheNames() throws IOException {
    assertThat(run("match", write("p.json", CONTRACT_EXAMPLE).toString(), "--algorithm", "magic")).isEqualTo(2);
    assertThat(err.toString()).contains("stable-intern-optimal");
  }

  @Test
  void malformedJson_exitsTwoWithTheLine() throws IOException {
    assertThat(run("match", write("p.json", "{\"format\": \"atelier-matching/1\",\n \"interns\": [}").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("atelier: " + dir.resolve("p.json") + ": not valid JSON at line 2");
  }
}
