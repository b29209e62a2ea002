package org.atelier.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.atelier.examples.scenario.Scenario;
import org.atelier.examples.scenario.ScenarioReader;
import org.atelier.examples.scenario.ScenarioResultJson;
import org.atelier.examples.scenario.ScenarioRun;
import org.atelier.examples.scenario.ScenarioRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atelier demo}: runs a complete micro-internship on the embedded default and tells
 * it. The demo is the scenario file {@code demo.json} shipped in the jar (the same file as
 * {@code atelier-examples/scenarios/demo.json}), so {@code atelier run} on that file prints
 * what {@code atelier demo --json} prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs a complete micro-internship on the embedded default, with no set-up, and prints its story:",
        "mentor recommendations, a timeline, the review feedback, the payouts and the ledger."})
final class DemoCommand implements Callable<Integer> {

  /** The demo's scenario, a resource next to this class. */
  static final String SCENARIO = "demo.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "print the scenario result document (atelier-scenario-result/1) instead")
  boolean json;

  @Option(names = "--scenario", description = "print the demo's scenario file, a start for your own, and run nothing")
  boolean scenarioFile;

  @Override
  public Integer call() {
    String text = scenarioText();
    PrintWriter out = spec.commandLine().getOut();
    if (scenarioFile) {
      out.print(text);
    } else {
      Scenario scenario = new ScenarioReader().read(text);
      ScenarioRun run = ScenarioRunner.embedded().run(scenario);
      if (json) {
        out.print(ScenarioResultJson.write(run.result()));
      } else {
        new DemoReport(run, MentorChoice.lines(scenario)).print(out);
      }
    }
    out.flush();
    return AtelierCommand.EXIT_OK;
  }

  private static String scenarioText() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SCENARIO)) {
      if (in == null) {
        throw new IllegalStateException(SCENARIO + " is missing from the jar; the build puts it there");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
