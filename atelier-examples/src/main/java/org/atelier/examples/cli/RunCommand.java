package org.atelier.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.atelier.examples.scenario.Scenario;
import org.atelier.examples.scenario.ScenarioReader;
import org.atelier.examples.scenario.ScenarioResultJson;
import org.atelier.examples.scenario.ScenarioRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier run FILE}: executes a scenario on the embedded default and prints the
 * {@code atelier-scenario-result/1} document. The whole file is checked before anything
 * runs.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs a scenario (atelier-scenario/1) on the embedded default and prints its result document.",
        "Exit status: 0 when it ran (even if some steps were refused), 2 for an invalid file (nothing ran),"
            + " 1 for an internal failure.",
        "The format: docs/scenarios.md. Examples: atelier-examples/scenarios/."})
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand AtelierCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file, or - for standard input")
  String file = "-";

  @Override
  public Integer call() {
    Scenario scenario = InputText.read(file, parent.in()).parse(new ScenarioReader()::read);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ScenarioResultJson.write(ScenarioRunner.embedded().run(scenario).result()));
    out.flush();
    return AtelierCommand.EXIT_OK;
  }
}
