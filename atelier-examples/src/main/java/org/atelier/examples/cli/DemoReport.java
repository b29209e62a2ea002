package org.atelier.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.atelier.examples.scenario.CommandStep;
import org.atelier.examples.scenario.ScenarioCommand;
import org.atelier.examples.scenario.ScenarioResult;
import org.atelier.examples.scenario.ScenarioRun;
import org.atelier.examples.scenario.StepNarration;
import org.atelier.examples.scenario.StepTrace;
import org.atelier.spi.Money;

/**
 * The demo's readable report of a run: the mentor recommendations, a timeline (time, actor,
 * what happened), the review feedback, the payouts per party and the ledger balances.
 */
final class DemoReport {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String SYSTEM = "atelier";

  /** The paper's four steps, each announced before the first command that starts it. */
  private static final Map<ScenarioCommand, String> PHASES = Map.of(
      ScenarioCommand.POST_TASK, "1. the requester posts a task and chooses a mentor",
      ScenarioCommand.PROPOSE_PLAN, "2. the mentor breaks the task into milestones",
      ScenarioCommand.SUBMIT_MILESTONE, "3. the intern works through the milestones, with reviews and help",
      ScenarioCommand.SUBMIT_FINAL, "4. the final product: submitted, delivered, accepted");

  private final java.util.Set<String> shown = new java.util.HashSet<>();
  private final ScenarioRun run;
  private final List<String> recommendations;

  /**
   * A report.
   *
   * @param run the demo's run
   * @param recommendations the lines that show the mentor recommendations, already written
   */
  DemoReport(ScenarioRun run, List<String> recommendations) {
    this.run = run;
    this.recommendations = List.copyOf(recommendations);
  }

  void print(PrintWriter out) {
    int actorWidth = Math.max(SYSTEM.length(), run.scenario().people().stream().mapToInt(p -> p.id().length()).max().orElse(0));
    out.println("Atelier demo: one micro-internship from posting to payout, on the embedded default");
    out.println("(in-memory storage, ledger and notifications; a simulated clock starting " + run.scenario().start() + ")");
    out.println();
    out.println("Choosing a mentor");
    recommendations.forEach(line -> out.println("  " + line));
    out.println();
    out.println("Timeline (UTC)");
    for (StepTrace step : run.trace()) {
      if (step.step() instanceof CommandStep c && PHASES.containsKey(c.command()) && shown.add(PHASES.get(c.command()))) {
        out.println("  -- " + PHASES.get(c.command()));
      }
      printClockEffects(out, step.clock(), step.at(), actorWidth);
      String actor = step.step() instanceof CommandStep c ? c.actor() : SYSTEM;
      String what = StepNarration.of(step.step(), run.scenario());
      if (step.step() instanceof CommandStep c && c.command() == ScenarioCommand.PROPOSE_PLAN && step.outcome().ok()) {
        what += ": " + milestones(c.arguments().task());
      }
      if (!step.outcome().ok()) {
        what += "  [refused: " + step.outcome().errorCode() + " " + step.outcome().errorMessage() + "]";
      }
      if (step.step() instanceof CommandStep) {
        line(out, step.at(), actor, what, actorWidth);
      }
      if (!step.command().payouts().isEmpty()) {
        line(out, step.at(), SYSTEM, "pays " + payouts(step.command().payouts()), actorWidth);
      }
    }
    out.println();
    printFeedback(out);
    printPayouts(out);
    printBalances(out);
  }

  private static void printClockEffects(PrintWriter out, StepTrace.Effects effects, Instant reached, int width) {
    for (ScenarioResult.EventLine event : effects.events()) {
      String told = effects.notifications().stream()
          .filter(n -> n.at().equals(event.at()) && n.task().equals(event.task()))
          .map(n -> n.to() + " (" + n.kind().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
          .collect(Collectors.joining(", "));
      line(out, Instant.parse(event.at()), SYSTEM, "time rule: " + words(event.type()) + " on " + event.task()
          + (told.isEmpty() ? "" : "; tells " + told), width);
    }
    if (!effects.payouts().isEmpty()) {
      Instant at = effects.events().isEmpty() ? reached : Instant.parse(effects.events().get(effects.events().size() - 1).at());
      line(out, at, SYSTEM, "pays " + payouts(effects.payouts()), width);
    }
  }

  private static void line(PrintWriter out, Instant at, String actor, String what, int width) {
    out.println("  " + TIME.format(at) + "  " + pad(actor, width) + "  " + what);
  }

  private void printFeedback(PrintWriter out) {
    out.println("Review feedback");
    boolean any = false;
    for (StepTrace step : run.trace()) {
      if (step.step() instanceof CommandStep c && step.outcome().ok()
          && (c.command() == ScenarioCommand.REQUEST_CHANGES || c.command() == ScenarioCommand.REJECT_DELIVERY)) {
        String on = c.command() == ScenarioCommand.REQUEST_CHANGES ? "milestone " + c.arguments().milestone() : "the delivery";
        out.println("  " + c.actor() + " on " + on + ": \"" + c.arguments().feedback() + "\"");
        any = true;
      }
    }
    if (!any) {
      out.println("  (none: every submission was approved as it was)");
    }
    out.println();
  }

  private void printPayouts(PrintWriter out) {
    String currency = run.scenario().currency().getCurrencyCode();
    Map<String, List<Money>> byParty = new TreeMap<>();
    for (ScenarioResult.PayoutLine p : run.result().payouts()) {
      byParty.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(Money.parse(p.amount(), currency));
    }
    out.println("Payouts (" + currency + ")");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"party", "payouts", "total"});
    Money all = Money.zero(run.scenario().currency());
    for (Map.Entry<String, List<Money>> party : byParty.entrySet()) {
      Money total = party.getValue().stream().reduce(Money.zero(run.scenario().currency()), Money::plus);
      all = all.plus(total);
      rows.add(new String[] {party.getKey(), String.valueOf(party.getValue().size()), total.toDecimalString()});
    }
    rows.add(new String[] {"all", String.valueOf(run.result().payouts().size()), all.toDecimalString()});
    table(out, rows);
    out.println();
  }

  private void printBalances(PrintWriter out) {
    String currency = run.scenario().currency().getCurrencyCode();
    out.println("Ledger balances (" + currency + ")");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"account", "balance"});
    Money sum = Money.zero(run.scenario().currency());
    for (Map.Entry<String, String> b : run.result().balances().entrySet()) {
      sum = sum.plus(Money.parse(b.getValue(), currency));
      rows.add(new String[] {b.getKey(), b.getValue()});
    }
    rows.add(new String[] {"sum", sum.toDecimalString()});
    table(out, rows);
  }

  private static void table(PrintWriter out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ").append(pad(row[0], widths[0]));
      for (int i = 1; i < row.length; i++) {
        line.append("  ").append(" ".repeat(widths[i] - row[i].length())).append(row[i]);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private String milestones(@org.jspecify.annotations.Nullable String task) {
    return run.result().internships().stream().filter(i -> i.task().equals(task))
        .flatMap(i -> i.milestones().stream()).map(ScenarioResult.MilestoneLine::id).collect(Collectors.joining(", "));
  }

  private static String payouts(List<ScenarioResult.PayoutLine> payouts) {
    return payouts.stream().map(p -> p.to() + " " + p.amount()).collect(Collectors.joining(", "));
  }

  /** {@code MilestoneAutoApproved} as {@code milestone auto approved}. */
  private static String words(String type) {
    return type.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
