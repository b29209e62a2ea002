package org.atelier.examples.scenario;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.examples.text.English;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link Scenario} step by step on a fresh engine with a clock of its own, and builds
 * the result document.
 *
 * <p>Each step runs at the scenario clock. A clock step, or a command step with {@code at},
 * first moves the clock forward, which fires the time rules that come due; the clock does not
 * move back when the command is then refused. After every step the outbox is dispatched. A
 * step that is refused is recorded with its error code and changes nothing; the scenario
 * goes on. The same scenario always gives the same result.
 */
public final class ScenarioRunner {

  private final BiFunction<Scenario, ScenarioClock, ScenarioEngine> engines;

  ScenarioRunner(BiFunction<Scenario, ScenarioClock, ScenarioEngine> engines) {
    this.engines = engines;
  }

  /**
   * A runner on the embedded default: every run gets a fresh in-memory {@code Atelier}, so
   * runs share nothing.
   *
   * @return the runner
   */
  public static ScenarioRunner embedded() {
    return new ScenarioRunner(EmbeddedScenarioEngine::new);
  }

  /**
   * Runs a scenario.
   *
   * @param scenario a scenario the reader accepted
   * @return the result and the trace of every step
   */
  public ScenarioRun run(Scenario scenario) {
    ScenarioClock clock = new ScenarioClock(scenario.start());
    ScenarioEngine engine = engines.apply(scenario, clock);
    Map<String, Person> people = new LinkedHashMap<>();
    scenario.people().forEach(p -> people.put(p.id(), p));
    List<StepTrace> trace = new ArrayList<>();
    for (Step step : scenario.steps()) {
      trace.add(runStep(step, engine, clock, people));
    }
    ScenarioResult result = new ScenarioResult(
        trace.stream().map(StepTrace::outcome).toList(),
        engine.internships(),
        engine.balances(),
        engine.payouts(),
        engine.notifications(),
        engine.events());
    return new ScenarioRun(scenario, result, trace);
  }

  private static StepTrace runStep(Step step, ScenarioEngine engine, ScenarioClock clock, Map<String, Person> people) {
    Mark beforeClock = Mark.of(engine);
    Instant target = clock.instant();
    if (step instanceof AdvanceStep advance) {
      try {
        target = target.plus(advance.by());
      } catch (DateTimeException | ArithmeticException tooFar) {
        return new StepTrace(step, clock.instant(), StepOutcome.refused(step.index(), ErrorCode.VALIDATION.name(),
            "advance " + advance.by() + " would move the clock past the latest instant, " + Instant.MAX
                + "; expected a shorter duration"),
            StepTrace.Effects.NONE, StepTrace.Effects.NONE);
      }
    } else if (step instanceof CommandStep command && command.at() != null) {
      target = command.at();
    }
    if (target.isBefore(clock.instant())) {
      String what = step instanceof AdvanceStep advance
          ? "advance " + advance.by() + " would move the clock back"
          : "at " + target + " is before the scenario clock";
      return new StepTrace(step, clock.instant(), StepOutcome.refused(step.index(), ErrorCode.VALIDATION.name(),
          what + " (" + clock.instant() + "); expected a time at or after it: steps run in time order"),
          StepTrace.Effects.NONE, StepTrace.Effects.NONE);
    }
    if (target.isAfter(clock.instant())) {
      engine.advanceTo(target);
      engine.dispatch();
    }
    StepTrace.Effects clockEffects = beforeClock.since(engine);
    if (!(step instanceof CommandStep command)) {
      return new StepTrace(step, clock.instant(), StepOutcome.done(step.index()), clockEffects, StepTrace.Effects.NONE);
    }
    Mark beforeCommand = Mark.of(engine);
    StepOutcome outcome;
    try {
      Person actor = person(command, people);
      if (!command.outOfRange().isEmpty()) {
        // The reader let these through as the step's problem, not the file's: refuse the step here,
        // whatever the workflow would say, so the message names the field and its range.
        throw AtelierException.validation(String.join("; ", command.outOfRange()));
      }
      engine.perform(command, actor);
      outcome = StepOutcome.done(step.index());
    } catch (AtelierException refused) {
      outcome = StepOutcome.refused(step.index(), refused.code().name(), refused.getMessage());
    }
    engine.dispatch();
    return new StepTrace(step, clock.instant(), outcome, clockEffects, beforeCommand.since(engine));
  }

  /** The step's actor, and a check that every person the step names is in {@code people} with the right role. */
  private static Person person(CommandStep step, Map<String, Person> people) {
    Person actor = people.get(step.actor());
    if (actor == null) {
      throw AtelierException.validation("as: \"" + step.actor() + "\" is not in people; expected "
          + (people.isEmpty() ? "the id of a person in people, and people is empty"
              : "one of " + String.join(", ", people.keySet())));
    }
    named(step.arguments().mentor(), "mentor", PersonRole.MENTOR, people);
    named(step.arguments().intern(), "intern", PersonRole.INTERN, people);
    return actor;
  }

  private static void named(@Nullable String id, String field, PersonRole role, Map<String, Person> people) {
    if (id == null) {
      return;
    }
    Person person = people.get(id);
    if (person == null || person.role() != role) {
      String kind = English.withArticle(role.fileName());
      String candidates =
          people.values().stream().filter(p -> p.role() == role).map(Person::id).collect(Collectors.joining(", "));
      throw AtelierException.validation(field + ": \"" + id + "\" is not " + kind + " in people; expected "
          + (candidates.isEmpty() ? "the id of " + kind + ", and people has none" : "one of " + candidates));
    }
  }

  /** How many events, notifications and payouts there were at one moment. */
  private record Mark(int events, int notifications, int payouts) {
    static Mark of(ScenarioEngine engine) {
      return new Mark(engine.events().size(), engine.notifications().size(), engine.payouts().size());
    }

    StepTrace.Effects since(ScenarioEngine engine) {
      return new StepTrace.Effects(
          tail(engine.events(), events), tail(engine.notifications(), notifications), tail(engine.payouts(), payouts));
    }

    private static <T> List<T> tail(List<T> all, int from) {
      return List.copyOf(all.subList(from, all.size()));
    }
  }
}
