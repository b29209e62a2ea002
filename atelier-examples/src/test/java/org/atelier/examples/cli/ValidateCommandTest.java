package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@code atelier validate} says of a valid file: counts with their nouns in the right number. */
class ValidateCommandTest {

  private static String validate(String file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AtelierCommand.execute(new String[] {"validate", "-"},
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as(err.toString()).isEqualTo(AtelierCommand.EXIT_OK);
    return out.toString();
  }

  @Test
  void validate_countsOneInternAndOneMentorInTheSingular() {
    assertThat(validate("{\"format\": \"atelier-matching/1\", \"interns\": [{\"id\": \"i1\", \"ranks\": [\"m1\"]}],"
        + " \"mentors\": [{\"id\": \"m1\", \"ranks\": [\"i1\"]}]}"))
        .isEqualTo("<stdin>: a valid atelier-matching/1 problem: 1 intern, 1 mentor" + System.lineSeparator());
  }

  @Test
  void validate_countsOnePersonAndOneStepInTheSingular() {
    assertThat(validate("{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\", \"currency\": \"USD\","
        + " \"people\": [{\"id\": \"req-1\", \"role\": \"requester\"}], \"steps\": [{\"advance\": \"PT1H\"}]}"))
        .isEqualTo("<stdin>: a valid atelier-scenario/1 scenario: 1 person, 1 step" + System.lineSeparator());
  }
}
