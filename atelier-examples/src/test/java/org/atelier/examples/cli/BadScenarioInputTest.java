package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed scenario file is refused before anything runs: exit status 2, standard error
 * names the JSON path of the first problem and what was expected, no stack trace, and
 * nothing on standard output.
 */
class BadScenarioInputTest {

  private static final String GOOD_HEAD = "{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\","
      + " \"currency\": \"USD\", \"people\": [{\"id\": \"req-1\", \"role\": \"requester\"}], \"steps\": [";

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("invalid JSON syntax", GOOD_HEAD + "{\"as\": \"req-1\" \"do\": \"fundEscrow\"}]}",
            "$.steps[0].as: invalid JSON at line 1, column 161: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries"),
        Arguments.of("an unknown command", GOOD_HEAD + "{\"as\": \"req-1\", \"do\": \"payEveryone\", \"task\": \"t1\"}]}",
            "$.steps[0].do: expected a command, one of postTask, chooseMentor, proposePlan, assignIntern, acceptPlan,"
                + " fundEscrow, submitMilestone, requestChanges, approveMilestone, askForHelp, answerHelp, resolveHelp,"
                + " submitFinal, deliverToRequester, acceptDelivery, rejectDelivery, extend, withdrawIntern,"
                + " replaceIntern, mentorTakeover, cancel, openDispute, resolveDispute, got \"payEveryone\""),
        Arguments.of("a missing field", GOOD_HEAD + "{\"as\": \"req-1\", \"do\": \"fundEscrow\"}]}",
            "$.steps[0].task: missing; a fundEscrow step requires as, do, task"),
        Arguments.of("a wrong type", GOOD_HEAD + "{\"as\": \"req-1\", \"do\": \"resolveDispute\", \"task\": \"t1\","
                + " \"toRequesterPercent\": \"half\"}]}",
            "$.steps[0].toRequesterPercent: expected a whole number 0..100, got \"half\""),
        Arguments.of("an unknown format version", "{\"format\": \"atelier-scenario/7\", \"steps\": []}",
            "$.format: expected \"atelier-scenario/1\" (this atelier reads version 1 of the scenario format only),"
                + " got \"atelier-scenario/7\""),
        Arguments.of("an empty file", "",
            "$: the file is empty; expected a JSON object with a \"format\" field"));
  }

  @ParameterizedTest(name = "validate refuses {0}")
  @MethodSource("badFiles")
  void validate_refusesWithExitTwoNamingThePath(String what, String file, String message) {
    assertRefused("validate", file, message);
  }

  @ParameterizedTest(name = "run refuses {0} before anything runs")
  @MethodSource("badFiles")
  void run_refusesWithExitTwoNamingThePathAndRunsNothing(String what, String file, String message) {
    assertRefused("run", file, message.replace("expected a JSON object with a \"format\" field",
        "expected a JSON object with \"format\": \"atelier-scenario/1\""));
  }

  private static void assertRefused(String command, String file, String message) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = AtelierCommand.execute(new String[] {command, "-"},
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));

    assertThat(status).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(err.toString()).isEqualTo("atelier: <stdin>: " + message + System.lineSeparator());
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    assertThat(out.toString()).isEmpty();
  }
}
