package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario in {@code atelier-examples/scenarios/} against its golden result
 * {@code NAME.result.json}, byte for byte, through the command line as a user runs it.
 *
 * <p>After an intended change of behaviour, rewrite the goldens with
 * {@code ./mvnw -B -o verify -pl atelier-examples -am -Dtest=ShippedScenariosTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Datelier.goldens=update}, and review the diff.
 */
class ShippedScenariosTest {

  private static final Path DIR = Path.of("scenarios");
  private static final boolean UPDATE = "update".equals(System.getProperty("atelier.goldens"));

  static List<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".result.json")).sorted().toList();
    }
  }

  private static Path golden(Path scenario) {
    return DIR.resolve(scenario.getFileName().toString().replaceFirst("\\.json$", ".result.json"));
  }

  private record Run(int status, String out, String err) {}

  private static Run atelier(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AtelierCommand.execute(args, in, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** The first run of each scenario, shared by the tests that only read it. */
  private static final Map<Path, Run> FIRST_RUNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Run run(Path scenario) {
    return FIRST_RUNS.computeIfAbsent(scenario, ShippedScenariosTest::freshRun);
  }

  private static Run freshRun(Path scenario) {
    return atelier(InputStream.nullInputStream(), "run", scenario.toString());
  }

  @ParameterizedTest(name = "{0} matches its golden result")
  @MethodSource("scenarios")
  void run_matchesTheGoldenResultByteForByte(Path scenario) throws IOException {
    Run run = run(scenario);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    if (UPDATE) {
      Files.writeString(golden(scenario), run.out(), StandardCharsets.UTF_8);
    }
    assertThat(golden(scenario)).as("golden file of " + scenario).isRegularFile();
    byte[] expected = Files.readAllBytes(golden(scenario));
    // Compared as text first so that a failure shows a readable diff, then byte for byte.
    assertThat(run.out()).as("result of " + scenario).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} gives identical bytes twice, from a file and from standard input")
  @MethodSource("scenarios")
  void run_isByteIdenticalOnEveryRun(Path scenario) throws IOException {
    Run first = run(scenario);
    Run second = freshRun(scenario);
    Run piped = atelier(new ByteArrayInputStream(Files.readAllBytes(scenario)), "run", "-");

    assertThat(second.out()).isEqualTo(first.out());
    assertThat(piped.out()).isEqualTo(first.out());
  }

  @ParameterizedTest(name = "{0}: balances sum to zero and every step has a result")
  @MethodSource("scenarios")
  void run_keepsTheLedgerBalancedAndReportsEveryStep(Path scenario) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode input = json.readTree(scenario.toFile());
    JsonNode result = json.readTree(run(scenario).out());

    assertThat(result.get("format").asText()).isEqualTo("atelier-scenario-result/1");
    assertThat(result.get("steps")).hasSize(input.get("steps").size());
    long sum = 0;
    for (Map.Entry<String, JsonNode> balance : result.get("balances").properties()) {
      sum += Money.parse(balance.getValue().asText(), input.get("currency").asText()).minorUnits();
    }
    assertThat(sum).isZero();
  }

  @Test
  void goldens_haveAScenarioEach() throws IOException {
    List<Path> scenarios = scenarios();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.filter(f -> f.toString().endsWith(".result.json")).sorted())
          .containsExactlyElementsOf(scenarios.stream().map(ShippedScenariosTest::golden).toList());
    }
    assertThat(scenarios).extracting(p -> p.getFileName().toString()).contains(
        "happy-path.json", "change-request-loop.json", "help-escalation.json", "review-timeout.json",
        "intern-withdraws.json", "mentor-takeover.json", "cancel-after-one-milestone.json", "dispute-settled.json",
        "refused-steps.json", "contract-example.json", "demo.json");
  }

  @Test
  void contractExample_givesTheContractsBalances() throws IOException {
    JsonNode result = new ObjectMapper().readTree(run(DIR.resolve("contract-example.json")).out());

    assertThat(result.get("balances").toString()).isEqualTo(
        "{\"escrow:t1\":\"700.00\",\"int-1\":\"210.00\",\"men-1\":\"60.00\",\"platform\":\"30.00\",\"req-1\":\"-1000.00\"}");
    assertThat(result.get("internships").get(0).get("milestones").get(0).toString())
        .isEqualTo("{\"id\":\"m1\",\"status\":\"APPROVED\",\"revisions\":1}");
  }

  @Test
  void refusedSteps_coverEveryErrorCodeOfTheContract() throws IOException {
    JsonNode result = new ObjectMapper().readTree(run(DIR.resolve("refused-steps.json")).out());

    assertThat(result.get("steps").findValuesAsText("code"))
        .contains("VALIDATION", "NOT_FOUND", "NOT_PERMITTED", "ILLEGAL_TRANSITION", "DUPLICATE");
  }

  @Test
  void demoResource_isTheShippedDemoScenario() throws IOException {
    try (InputStream resource = DemoCommand.class.getResourceAsStream("demo.json")) {
      assertThat(resource).as("demo.json in the jar").isNotNull();
      assertThat(resource.readAllBytes()).isEqualTo(Files.readAllBytes(DIR.resolve("demo.json")));
    }
  }
}
