package org.atelier.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code atelier} command as a separate Java process, the way a user's shell does:
 * its own JVM, real standard streams, a real exit status.
 */
final class AtelierProcess {

  /** What the process did. */
  record Outcome(int status, String out, String err) {}

  private final List<String> launcher;

  private AtelierProcess(List<String> launcher) {
    this.launcher = List.copyOf(launcher);
  }

  /** The packaged jar: {@code java -jar atelier-examples/target/atelier.jar}. */
  static AtelierProcess jar(Path jar) {
    return new AtelierProcess(List.of(java(), "-jar", jar.toString()));
  }

  /** The compiled classes of this build, on the class path of a fresh JVM. */
  static AtelierProcess classes() {
    String classPath = System.getProperty("java.class.path", "");
    String modulePath = System.getProperty("jdk.module.path", "");
    String both = modulePath.isEmpty() ? classPath : modulePath + File.pathSeparator + classPath;
    return new AtelierProcess(List.of(java(), "-cp", both, AtelierCommand.class.getName()));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  Outcome run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    File errFile = File.createTempFile("atelier-err", ".txt");
    errFile.deleteOnExit();
    builder.redirectError(errFile);
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("atelier " + String.join(" ", args) + " did not finish in 60 s");
    }
    String err = java.nio.file.Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
    return new Outcome(process.exitValue(), out, err);
  }
}
