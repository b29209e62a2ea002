package org.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AtelierCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return AtelierCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void version_printsTheLibraryVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("atelier ");
  }

  @Test
  void unknownFlag_exitsTwoAndNamesIt() {
    assertThat(run("--no-such-flag")).isEqualTo(AtelierCommand.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("--no-such-flag");
  }
}
