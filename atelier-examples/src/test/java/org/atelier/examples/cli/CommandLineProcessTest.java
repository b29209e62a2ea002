package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The command line in a JVM of its own, started the way a shell starts it: exit statuses and
 * streams are the real ones, not an in-process imitation. {@code PackagedJarIT} does the same
 * with the shaded jar after {@code package}.
 */
class CommandLineProcessTest {

  private final AtelierProcess atelier = AtelierProcess.classes();

  @Test
  void validate_acceptsTheContractExampleAndExitsZero() throws Exception {
    AtelierProcess.Outcome outcome = atelier.run("", "validate", "scenarios/contract-example.json");

    assertThat(outcome.status()).as(outcome.err()).isZero();
    assertThat(outcome.out()).isEqualTo(
        "scenarios/contract-example.json: a valid atelier-scenario/1 scenario: 4 people, 14 steps\n");
  }

  @Test
  void validate_readsStandardInputAndRefusesMalformedJsonWithExitTwoAndNoStackTrace() throws Exception {
    AtelierProcess.Outcome outcome = atelier.run("{\"format\": \"atelier-scenario/1\",\n  \"steps\": [}", "validate", "-");

    assertThat(outcome.status()).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith("atelier: <stdin>: $.steps: invalid JSON at line 2, column 13: ")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
