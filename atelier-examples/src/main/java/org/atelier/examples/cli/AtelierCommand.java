package org.atelier.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.atelier.core.AtelierVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atelier} command: the entry point of the runnable jar. Each subcommand is a
 * class of its own in this package.
 *
 * <p>Exit status: {@code 0} when the command succeeded, {@code 2} for bad input (a bad
 * flag or an invalid file), {@code 1} for an internal failure.
 */
@Command(
    name = "atelier",
    mixinStandardHelpOptions = true,
    versionProvider = AtelierCommand.Version.class,
    description = "Mentored micro-internships from expert crowdsourcing tasks.",
    subcommands = {
        DemoCommand.class,
        RunCommand.class,
        MatchCommand.class,
        ValidateCommand.class,
        CompletionCommand.class,
        CommandLine.HelpCommand.class})
public final class AtelierCommand implements Runnable {

  /** Exit status for a command that succeeded. */
  public static final int EXIT_OK = 0;
  /** Exit status for an internal failure. */
  public static final int EXIT_INTERNAL = 1;
  /** Exit status for bad input: a bad flag or an invalid file. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream in;

  /** Creates the command reading standard input from {@link System#in}. */
  public AtelierCommand() {
    this(System.in);
  }

  private AtelierCommand(InputStream in) {
    this.in = in;
  }

  /**
   * What subcommands read for the file name {@code -}.
   *
   * @return standard input, or what a test gave instead
   */
  InputStream in() {
    return in;
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so that output bytes do not depend on the locale.
    System.exit(execute(args,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command line with the given streams, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, System.in, out, err);
  }

  /**
   * Runs the command line with the given streams, standard input included.
   *
   * @param args the arguments
   * @param in standard input, read for the file name {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new AtelierCommand(in));
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(e -> EXIT_INTERNAL);
    line.setParameterExceptionHandler((e, a) -> {
      err.println("atelier: " + e.getMessage());
      e.getCommandLine().usage(err);
      return EXIT_BAD_INPUT;
    });
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof BadInputException) {
        err.println("atelier: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      err.println("atelier: internal failure: " + e);
      return EXIT_INTERNAL;
    });
    int status = line.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** Reports the library's version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"atelier " + AtelierVersion.current()};
    }
  }
}
