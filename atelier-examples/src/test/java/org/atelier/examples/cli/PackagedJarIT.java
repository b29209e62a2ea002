package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, run with {@code java -jar} as a user runs it. The build runs this class in a
 * second Surefire execution bound to {@code verify}, after {@code package} has made the jar, so
 * a missing jar fails the build instead of skipping the test.
 */
class PackagedJarIT {

  private static final Path JAR = Path.of("target", "atelier.jar");

  @Test
  void jar_existsAfterPackage() {
    assertThat(JAR).as("the verify phase runs after package, which builds the jar").isRegularFile();
  }

  @Test
  void jar_printsTheVersionAndHelp() throws Exception {
    AtelierProcess atelier = AtelierProcess.jar(JAR);

    AtelierProcess.Outcome version = atelier.run("", "--version");
    assertThat(version.status()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("atelier ");

    AtelierProcess.Outcome help = atelier.run("", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("demo", "validate", "completion");
  }

  @Test
  void jar_refusesABadFileWithExitTwoAndNoStackTrace() throws Exception {
    AtelierProcess.Outcome outcome = AtelierProcess.jar(JAR).run("", "validate", "-");

    assertThat(outcome.status()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(outcome.err()).isEqualTo(
        "atelier: <stdin>: $: the file is empty; expected a JSON object with a \"format\" field\n");
  }

  @Test
  void jar_validatesEveryShippedScenario() throws Exception {
    try (var files = Files.list(Path.of("scenarios"))) {
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate"),
          files.map(Path::toString).filter(f -> f.endsWith(".json") && !f.endsWith(".result.json")).sorted())
          .toArray(String[]::new);
      AtelierProcess.Outcome outcome = AtelierProcess.jar(JAR).run("", args);
      assertThat(outcome.status()).as(outcome.err()).isZero();
      assertThat(outcome.out().lines()).hasSize(args.length - 1).allMatch(l -> l.contains(": a valid atelier-scenario/1"));
    }
  }

  @Test
  void jar_runsTheDemoAndAScenarioMatchingItsGolden() throws Exception {
    AtelierProcess atelier = AtelierProcess.jar(JAR);

    AtelierProcess.Outcome demo = atelier.run("", "demo");
    assertThat(demo.status()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Timeline (UTC)", "Review feedback", "Payouts (USD)", "Ledger balances (USD)")
        .containsPattern("\\n  sum +0\\.00\\n");

    AtelierProcess.Outcome run = atelier.run(Files.readString(Path.of("scenarios/happy-path.json")), "run", "-");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("scenarios/happy-path.result.json")));
  }

  @Test
  void jar_refusesAnUnknownCommandInAScenarioWithExitTwo() throws Exception {
    String scenario = Files.readString(Path.of("scenarios/happy-path.json")).replace("\"fundEscrow\"", "\"fundEverything\"");

    AtelierProcess.Outcome outcome = AtelierProcess.jar(JAR).run(scenario, "run", "-");

    assertThat(outcome.status()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith("atelier: <stdin>: $.steps[5].do: expected a command, one of postTask,")
        .endsWith("got \"fundEverything\"\n");
  }
}
