package org.atelier.examples.cli;

import java.util.concurrent.Callable;
import org.atelier.core.AtelierVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code atelier demo}: runs a complete micro-internship on the embedded default. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs a complete micro-internship on the embedded default.")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("Atelier " + AtelierVersion.current() + ": the demo arrives with the workflow.");
    return AtelierCommand.EXIT_OK;
  }
}
