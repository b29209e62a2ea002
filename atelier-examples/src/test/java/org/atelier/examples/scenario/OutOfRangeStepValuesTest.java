package org.atelier.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.examples.cli.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step's whole number of the right type but out of its range is the step's
 * {@code VALIDATION} error, on the real embedded workflow: the file is read, the step is
 * refused with a message naming the field and its range, it changes nothing, and the
 * scenario goes on. A value of the wrong type still refuses the file.
 */
class OutOfRangeStepValuesTest {

  private static final String POST = "{\"as\": \"req-1\", \"do\": \"postTask\", \"task\": \"t1\", \"title\": \"T\","
      + " \"budget\": \"1000.00\", \"deadline\": \"2026-03-30T00:00:00Z\", \"skills\": {\"java\": 3}}";
  private static final String CHOOSE = "{\"as\": \"req-1\", \"do\": \"chooseMentor\", \"task\": \"t1\", \"mentor\": \"men-1\"}";

  private static Scenario scenario(String... steps) {
    return new ScenarioReader().read("""
        {"format": "atelier-scenario/1", "start": "2026-03-02T09:00:00Z", "currency": "USD",
         "people": [{"id": "req-1", "role": "requester"}, {"id": "men-1", "role": "mentor"},
                    {"id": "int-1", "role": "intern"}, {"id": "ops", "role": "platform"}],
         "steps": [%s]}""".formatted(String.join(", ", steps)));
  }

  private static String plan(String share) {
    return "{\"as\": \"men-1\", \"do\": \"proposePlan\", \"task\": \"t1\", \"milestones\": ["
        + "{\"id\": \"m1\", \"title\": \"A\", \"share\": 50, \"due\": \"2026-03-09T00:00:00Z\"},"
        + "{\"id\": \"m2\", \"title\": \"B\", \"share\": " + share + ", \"due\": \"2026-03-16T00:00:00Z\"}]}";
  }

  private static ScenarioResult run(Scenario scenario) {
    return ScenarioRunner.embedded().run(scenario).result();
  }

  @ParameterizedTest(name = "share {0}")
  @ValueSource(strings = {"0", "150", "-10", "100000000000000000000"})
  void proposePlan_shareOutOfRangeIsTheStepsValidationErrorAndTheRunGoesOn(String share) {
    ScenarioResult result = run(scenario(POST, CHOOSE, plan(share), plan("50")));

    assertThat(result.steps().get(2)).isEqualTo(StepOutcome.refused(2, "VALIDATION",
        "milestone m2: share must be a whole number 1..100, got " + share));
    assertThat(result.steps().get(3)).isEqualTo(StepOutcome.done(3));
    assertThat(result.internships().get(0).status()).isEqualTo("PLANNED");
  }

  @ParameterizedTest(name = "toRequesterPercent {0}")
  @ValueSource(strings = {"101", "-1"})
  void resolveDispute_percentOutOfRangeIsTheStepsValidationErrorAndChangesNothing(String percent) {
    ScenarioResult result = run(scenario(POST, CHOOSE, plan("50"),
        "{\"as\": \"req-1\", \"do\": \"assignIntern\", \"task\": \"t1\", \"intern\": \"int-1\"}",
        "{\"as\": \"int-1\", \"do\": \"acceptPlan\", \"task\": \"t1\"}",
        "{\"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"t1\"}",
        "{\"as\": \"req-1\", \"do\": \"openDispute\", \"task\": \"t1\"}",
        "{\"as\": \"ops\", \"do\": \"resolveDispute\", \"task\": \"t1\", \"toRequesterPercent\": " + percent + "}",
        "{\"as\": \"ops\", \"do\": \"resolveDispute\", \"task\": \"t1\", \"toRequesterPercent\": 50}"));

    assertThat(result.steps().subList(0, 7)).allMatch(StepOutcome::ok);
    assertThat(result.steps().get(7)).isEqualTo(StepOutcome.refused(7, "VALIDATION",
        "toRequesterPercent must be a whole number 0..100, got " + percent));
    assertThat(result.steps().get(8)).isEqualTo(StepOutcome.done(8));
    assertThat(result.internships().get(0).status()).isEqualTo("SETTLED");
  }

  @ParameterizedTest(name = "skill level {0}")
  @ValueSource(strings = {"9", "0"})
  void postTask_skillLevelOutOfRangeIsTheStepsValidationError(String level) {
    ScenarioResult result = run(scenario(POST.replace("\"java\": 3", "\"java\": " + level), POST));

    assertThat(result.steps()).containsExactly(
        StepOutcome.refused(0, "VALIDATION", "skill java: level must be a whole number 1..5, got " + level),
        StepOutcome.done(1));
  }

  @ParameterizedTest(name = "{0} refuses the file")
  @CsvSource(delimiter = '|', value = {
      "\"x\"|$.steps[2].milestones[1].share: expected a whole number 1..100, got \"x\"",
      "12.5|$.steps[2].milestones[1].share: expected a whole number 1..100, got 12.5",
      "null|$.steps[2].milestones[1].share: expected a whole number 1..100, got null"})
  void proposePlan_shareOfTheWrongTypeStillRefusesTheFile(String share, String message) {
    assertThatThrownBy(() -> scenario(POST, CHOOSE, plan(share)))
        .isInstanceOf(BadInputException.class).hasMessage(message);
  }

  @ParameterizedTest(name = "{0} in people refuses the file")
  @ValueSource(strings = {"9", "0"})
  void people_skillLevelOutOfRangeStillRefusesTheFile(String level) {
    assertThatThrownBy(() -> new ScenarioReader().read("""
        {"format": "atelier-scenario/1", "start": "2026-03-02T09:00:00Z", "currency": "USD",
         "people": [{"id": "men-1", "role": "mentor", "skills": {"java": %s}}], "steps": []}""".formatted(level)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("$.people[0].skills.java: expected a whole number 1..5, got " + level);
  }

  @ParameterizedTest(name = "the workflow refuses skill level {0}")
  @ValueSource(ints = {0, 9})
  void engine_refusesASkillLevelOutOfRangeEvenWithoutTheRunnersCheck(int level) {
    Scenario scenario = scenario(POST);
    EmbeddedScenarioEngine engine = new EmbeddedScenarioEngine(scenario, new ScenarioClock(scenario.start()));
    CommandStep post = (CommandStep) scenario.steps().get(0);
    StepArguments a = post.arguments();
    StepArguments outOfRange = new StepArguments(a.task(), a.title(), a.budget(), a.deadline(),
        new TreeMap<>(Map.of("java", level)), a.mentor(), a.intern(), a.milestones(),
        a.milestone(), a.note(), a.feedback(), a.help(), a.question(), a.answer(), a.by(), a.toRequesterPercent(),
        a.template());

    assertThatThrownBy(() -> engine.perform(new CommandStep(0, "req-1", post.command(), null, outOfRange),
        scenario.people().get(0)))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
        .hasMessageContaining("level");
  }

  /** The workflow itself refuses these values too: the runner's check only words it better. */
  @ParameterizedTest(name = "the workflow refuses share {0}")
  @ValueSource(ints = {0, 150})
  void engine_refusesAShareOutOfRangeEvenWithoutTheRunnersCheck(int share) {
    Scenario scenario = scenario(POST, CHOOSE);
    EmbeddedScenarioEngine engine = new EmbeddedScenarioEngine(scenario, new ScenarioClock(scenario.start()));
    Person mentor = scenario.people().get(1);
    engine.perform((CommandStep) scenario.steps().get(0), scenario.people().get(0));
    engine.perform((CommandStep) scenario.steps().get(1), scenario.people().get(0));
    CommandStep plan = (CommandStep) scenario(POST, CHOOSE, plan("50")).steps().get(2);
    List<PlannedMilestone> milestones = plan.arguments().milestones();
    PlannedMilestone bad = milestones.get(1);
    StepArguments a = plan.arguments();
    StepArguments outOfRange = new StepArguments(a.task(), a.title(), a.budget(), a.deadline(), a.skills(), a.mentor(),
        a.intern(), List.of(milestones.get(0), new PlannedMilestone(bad.id(), bad.title(), share, bad.due(),
            bad.after(), bad.criteria())), a.milestone(), a.note(), a.feedback(), a.help(), a.question(), a.answer(),
        a.by(), a.toRequesterPercent(), a.template());

    assertThatThrownBy(() -> engine.perform(new CommandStep(2, "men-1", plan.command(), null, outOfRange), mentor))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
        .hasMessageContaining("share");
  }
}
