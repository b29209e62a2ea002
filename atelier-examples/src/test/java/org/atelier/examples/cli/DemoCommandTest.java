package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  private static String atelier(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = AtelierCommand.execute(args, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }

  @Test
  void demo_tellsTheFourStepsWithRecommendationsFeedbackPayoutsAndABalancedLedger() {
    String demo = atelier("demo");

    assertThat(demo).contains(
        "Recommended mentors for bookmarks-csv",
        "1. ana  score ",
        "kim chooses ana, the top recommendation.",
        "-- 1. the requester posts a task and chooses a mentor",
        "-- 2. the mentor breaks the task into milestones",
        "ana      plans bookmarks-csv from the decomposition template web-feature: design, backend, frontend, tests",
        "-- 3. the intern works through the milestones, with reviews and help",
        "ana      requests changes to design: ",
        "dee      asks for help (streaming): ",
        "ana      answers streaming: ",
        "Mon Mar 09 10:00  atelier  time rule: stall nudged on bookmarks-csv; tells dee (stall nudge), ana (intern stalled)",
        "-- 4. the final product: submitted, delivered, accepted",
        "kim      accepts the delivery of bookmarks-csv",
        "Review feedback\n  ana on milestone design: \"Say which columns you export, and what an empty library gives.\"",
        "  dee             4  560.00",
        "  all            12  800.00",
        "  escrow:bookmarks-csv     0.00",
        "  sum                      0.00");
    assertThat(demo).doesNotContain("refused");
  }

  @Test
  void demoJson_isTheResultOfRunningTheShippedDemoScenario() {
    assertThat(atelier("demo", "--json")).isEqualTo(atelier("run", "scenarios/demo.json"));
  }

  @Test
  void demoScenario_printsTheShippedFile() throws Exception {
    assertThat(atelier("demo", "--scenario")).isEqualTo(Files.readString(Path.of("scenarios/demo.json")));
  }

  @Test
  void demo_printsTheSameTextOnEveryRun() {
    assertThat(atelier("demo")).isEqualTo(atelier("demo"));
  }

  @Test
  void completion_printsABashScriptThatKnowsEverySubcommand() {
    String script = atelier("completion");

    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_atelier")
        .contains("demo", "run", "validate", "match", "completion");
  }

  @Test
  void help_listsEverySubcommandAndEachHasItsOwnHelp() {
    assertThat(atelier("--help")).contains("demo", "run", "validate", "match", "completion");
    for (String command : new String[] {"demo", "run", "validate", "completion"}) {
      assertThat(atelier(command, "--help")).as(command).contains("Usage: atelier " + command);
    }
  }

  @Test
  void readme_showsLinesTheDemoReallyPrints() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String excerpt = readme.substring(readme.indexOf("## The demo"));
    excerpt = excerpt.substring(excerpt.indexOf("```text\n") + 8, excerpt.indexOf("\n```", excerpt.indexOf("```text\n")));
    String demo = atelier("demo");

    assertThat(excerpt.lines().filter(l -> !l.contains("…")).toList())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(demo).contains(line));
  }
}
