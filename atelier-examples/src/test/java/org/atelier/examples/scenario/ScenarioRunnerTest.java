package org.atelier.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The runner's own rules, on an engine that records what it is asked: time order, the people
 * of the file, and which effects belong to the clock and which to the command.
 */
class ScenarioRunnerTest {

  /** Records every call with the clock it saw; refuses commands on task "refused". */
  private static final class RecordingEngine implements ScenarioEngine {
    final ScenarioClock clock;
    final List<String> calls = new ArrayList<>();
    final List<ScenarioResult.EventLine> events = new ArrayList<>();

    RecordingEngine(ScenarioClock clock) {
      this.clock = clock;
    }

    @Override
    public void perform(CommandStep step, Person actor) {
      calls.add("perform " + step.command().fileName() + " as " + actor.id() + " at " + clock.instant());
      if ("refused".equals(step.arguments().task())) {
        throw new AtelierException(ErrorCode.ILLEGAL_TRANSITION, "not now");
      }
      events.add(new ScenarioResult.EventLine(step.arguments().task(), "Did", clock.instant().toString()));
    }

    @Override
    public void advanceTo(Instant instant) {
      calls.add("advance to " + instant);
      events.add(new ScenarioResult.EventLine("t1", "TimeRuleFired", instant.toString()));
      clock.set(instant);
    }

    @Override
    public void dispatch() {
      calls.add("dispatch");
    }

    @Override
    public List<ScenarioResult.EventLine> events() {
      return events;
    }

    @Override
    public List<ScenarioResult.NotificationLine> notifications() {
      return List.of();
    }

    @Override
    public List<ScenarioResult.PayoutLine> payouts() {
      return List.of();
    }

    @Override
    public List<ScenarioResult.InternshipSummary> internships() {
      return List.of();
    }

    @Override
    public SortedMap<String, String> balances() {
      return new TreeMap<>();
    }
  }

  private final List<RecordingEngine> engines = new ArrayList<>();
  private final ScenarioRunner runner = new ScenarioRunner((scenario, clock) -> {
    RecordingEngine engine = new RecordingEngine(clock);
    engines.add(engine);
    return engine;
  });

  private static Scenario scenario(String steps) {
    return new ScenarioReader().read("""
        {"format": "atelier-scenario/1", "start": "2026-03-02T09:00:00Z", "currency": "USD",
         "people": [{"id": "req-1", "role": "requester"}, {"id": "men-1", "role": "mentor"}],
         "steps": [%s]}""".formatted(steps));
  }

  @Test
  void run_movesTheClockToAtBeforeTheCommandAndDispatchesAfterIt() {
    ScenarioRun run = runner.run(scenario(
        "{\"at\": \"2026-03-03T09:00:00Z\", \"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"t1\"}"));

    assertThat(engines.get(0).calls).containsExactly(
        "advance to 2026-03-03T09:00:00Z", "dispatch", "perform fundEscrow as req-1 at 2026-03-03T09:00:00Z", "dispatch");
    StepTrace step = run.trace().get(0);
    assertThat(step.at()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(step.clock().events()).extracting(ScenarioResult.EventLine::type).containsExactly("TimeRuleFired");
    assertThat(step.command().events()).extracting(ScenarioResult.EventLine::type).containsExactly("Did");
    assertThat(run.result().steps()).containsExactly(StepOutcome.done(0));
  }

  @Test
  void run_refusesAStepThatGoesBackInTimeAndGoesOn() {
    ScenarioRun run = runner.run(scenario("{\"advance\": \"P1D\"},"
        + " {\"at\": \"2026-03-02T12:00:00Z\", \"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"t1\"},"
        + " {\"advance\": \"-PT1H\"},"
        + " {\"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"t1\"}"));

    assertThat(run.result().steps()).extracting(StepOutcome::ok).containsExactly(true, false, false, true);
    assertThat(run.result().steps().get(1).errorCode()).isEqualTo("VALIDATION");
    assertThat(run.result().steps().get(1).errorMessage()).isEqualTo("at 2026-03-02T12:00:00Z is before the scenario"
        + " clock (2026-03-03T09:00:00Z); expected a time at or after it: steps run in time order");
    assertThat(run.result().steps().get(2).errorMessage()).startsWith("advance PT-1H would move the clock back");
    assertThat(engines.get(0).calls).containsExactly(
        "advance to 2026-03-03T09:00:00Z", "dispatch", "perform fundEscrow as req-1 at 2026-03-03T09:00:00Z", "dispatch");
  }

  @Test
  void run_refusesAnActorOrMentorWhoIsNotInPeopleWithoutAskingTheEngine() {
    ScenarioRun run = runner.run(scenario("{\"as\": \"ghost\", \"do\": \"fundEscrow\", \"task\": \"t1\"},"
        + " {\"as\": \"req-1\", \"do\": \"chooseMentor\", \"task\": \"t1\", \"mentor\": \"req-1\"}"));

    assertThat(run.result().steps()).containsExactly(
        StepOutcome.refused(0, "VALIDATION", "as: \"ghost\" is not in people; expected one of req-1, men-1"),
        StepOutcome.refused(1, "VALIDATION", "mentor: \"req-1\" is not a mentor in people; expected one of men-1"));
    assertThat(engines.get(0).calls).containsExactly("dispatch", "dispatch");
  }

  @Test
  void run_refusesAStepWithAValueOutOfRangeWithoutAskingTheEngineAndGoesOn() {
    ScenarioRun run = runner.run(scenario(
        "{\"as\": \"req-1\", \"do\": \"resolveDispute\", \"task\": \"t1\", \"toRequesterPercent\": 101},"
            + " {\"as\": \"req-1\", \"do\": \"resolveDispute\", \"task\": \"t1\", \"toRequesterPercent\": 100}"));

    assertThat(run.result().steps()).containsExactly(
        StepOutcome.refused(0, "VALIDATION", "toRequesterPercent must be a whole number 0..100, got 101"),
        StepOutcome.done(1));
    assertThat(engines.get(0).calls).containsExactly(
        "dispatch", "perform resolveDispute as req-1 at 2026-03-02T09:00:00Z", "dispatch");
  }

  @Test
  void run_namesTheRoleWithTheRightArticleAndSaysWhenPeopleHasNoneOfIt() {
    ScenarioRun run = runner.run(scenario(
        "{\"as\": \"req-1\", \"do\": \"assignIntern\", \"task\": \"t1\", \"intern\": \"men-1\"}"));

    assertThat(run.result().steps()).containsExactly(StepOutcome.refused(0, "VALIDATION",
        "intern: \"men-1\" is not an intern in people; expected the id of an intern, and people has none"));
  }

  @Test
  void run_refusesAnAdvancePastTheLatestInstantAsValidationAndGoesOn() {
    ScenarioRun run = runner.run(scenario("{\"advance\": \"PT2562047788015215H\"}, {\"advance\": \"PT1H\"}"));

    assertThat(run.result().steps()).containsExactly(
        StepOutcome.refused(0, "VALIDATION", "advance PT2562047788015215H would move the clock past the latest"
            + " instant, +1000000000-12-31T23:59:59.999999999Z; expected a shorter duration"),
        StepOutcome.done(1));
    assertThat(engines.get(0).calls).containsExactly("advance to 2026-03-02T10:00:00Z", "dispatch");
  }

  @Test
  void run_recordsTheWorkflowsRefusalAndKeepsTheClockWhereAtMovedIt() {
    ScenarioRun run = runner.run(scenario(
        "{\"at\": \"2026-03-04T09:00:00Z\", \"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"refused\"},"
            + " {\"as\": \"req-1\", \"do\": \"fundEscrow\", \"task\": \"t1\"}"));

    assertThat(run.result().steps()).containsExactly(
        StepOutcome.refused(0, "ILLEGAL_TRANSITION", "not now"), StepOutcome.done(1));
    assertThat(run.trace().get(0).command().events()).isEmpty();
    assertThat(run.trace().get(1).at()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
  }
}
