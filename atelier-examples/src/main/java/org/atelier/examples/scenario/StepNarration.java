package org.atelier.examples.scenario;

import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.atelier.examples.text.English;

/** What a step did, in a few words for a timeline: "submits milestone design: …". */
public final class StepNarration {

  private StepNarration() {}

  /**
   * Tells a step.
   *
   * @param step the step
   * @param scenario the scenario it belongs to, for the currency
   * @return one line, without the time and the actor
   */
  public static String of(Step step, Scenario scenario) {
    if (step instanceof AdvanceStep advance) {
      return "time passes: " + duration(advance.by());
    }
    CommandStep c = (CommandStep) step;
    StepArguments a = c.arguments();
    return switch (c.command()) {
      case POST_TASK -> "posts task " + a.task() + " \"" + a.title() + "\" for " + money(a, scenario)
          + ", due " + a.deadline() + (a.skills() == null || a.skills().isEmpty() ? "" : ", needs " + skills(a.skills()));
      case CHOOSE_MENTOR -> "chooses " + a.mentor() + " as the mentor of " + a.task();
      case PROPOSE_PLAN -> a.template() != null
          ? "plans " + a.task() + " from the decomposition template " + a.template()
          : "plans " + a.task() + " in "
              + English.count(StepArguments.required(a.milestones(), StepField.MILESTONES).size(), "milestone", "milestones")
              + ": "
              + a.milestones().stream().map(m -> m.id() + " " + m.share() + "%").collect(Collectors.joining(", "));
      case ASSIGN_INTERN -> "assigns " + a.intern() + " as the intern of " + a.task();
      case ACCEPT_PLAN -> "accepts the plan of " + a.task();
      case FUND_ESCROW -> "funds the escrow of " + a.task();
      case SUBMIT_MILESTONE -> "submits milestone " + a.milestone() + note(a.note());
      case REQUEST_CHANGES -> "requests changes to " + a.milestone() + ": \"" + a.feedback() + "\"";
      case APPROVE_MILESTONE -> "approves milestone " + a.milestone();
      case ASK_FOR_HELP -> "asks for help (" + a.help() + "): \"" + a.question() + "\"";
      case ANSWER_HELP -> "answers " + a.help() + ": \"" + a.answer() + "\"";
      case RESOLVE_HELP -> "closes help request " + a.help();
      case SUBMIT_FINAL -> "hands the final product of " + a.task() + " to the mentor" + note(a.note());
      case DELIVER_TO_REQUESTER -> "reviews the final product and delivers it" + note(a.note());
      case ACCEPT_DELIVERY -> "accepts the delivery of " + a.task();
      case REJECT_DELIVERY -> "rejects the delivery: \"" + a.feedback() + "\"";
      case EXTEND -> "extends " + a.task() + " by " + duration(StepArguments.required(a.by(), StepField.BY));
      case WITHDRAW_INTERN -> "withdraws from " + a.task();
      case REPLACE_INTERN -> "replaces the intern of " + a.task() + " with " + a.intern();
      case MENTOR_TAKEOVER -> "takes over the remaining milestones of " + a.task();
      case CANCEL -> "cancels " + a.task();
      case OPEN_DISPUTE -> "opens a dispute on " + a.task();
      case RESOLVE_DISPUTE -> "settles the dispute on " + a.task() + ": " + a.toRequesterPercent() + "% back to the requester";
    };
  }

  private static String money(StepArguments a, Scenario scenario) {
    return StepArguments.required(a.budget(), StepField.BUDGET).toDecimalString() + " "
        + scenario.currency().getCurrencyCode();
  }

  private static String note(@org.jspecify.annotations.Nullable String note) {
    return note == null ? "" : ": \"" + note + "\"";
  }

  private static String skills(SortedMap<String, Integer> skills) {
    return skills.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * A duration the way people say it: {@code 2 days}, {@code 6 h}, {@code 1 day 2 h 30 min}.
   *
   * @param duration the duration
   * @return the words
   */
  public static String duration(java.time.Duration duration) {
    StringBuilder words = new StringBuilder();
    long days = duration.toDays();
    if (days != 0) {
      words.append(days).append(days == 1 ? " day" : " days");
    }
    if (duration.toHoursPart() != 0) {
      words.append(words.isEmpty() ? "" : " ").append(duration.toHoursPart()).append(" h");
    }
    if (duration.toMinutesPart() != 0) {
      words.append(words.isEmpty() ? "" : " ").append(duration.toMinutesPart()).append(" min");
    }
    return words.isEmpty() ? duration.toString() : words.toString();
  }
}
