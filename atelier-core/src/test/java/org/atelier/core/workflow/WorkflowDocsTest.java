package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The diagrams in docs/workflow.md are the transition tables' own rendering. */
class WorkflowDocsTest {
  private static final Path DOC = locate();

  @Test
  void internshipDiagram_matchesTheTable() throws IOException {
    assertThat(block("internship")).isEqualTo(StateMachines.internship().mermaid());
  }

  @Test
  void milestoneDiagram_matchesTheTable() throws IOException {
    assertThat(block("milestone")).isEqualTo(StateMachines.milestone().mermaid());
  }

  @Test
  void helpDiagram_matchesTheTable() throws IOException {
    assertThat(block("help")).isEqualTo(StateMachines.help().mermaid());
  }

  @Test
  void everyCommandOfTheContract_isExplainedInTheDoc() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (Command command : Command.values()) {
      assertThat(doc).as(command.label()).contains("`" + command.label() + "`");
    }
    for (TimeRule rule : TimeRule.values()) {
      assertThat(doc).as(rule.label()).contains("`" + rule.label() + "`");
    }
  }

  private static String block(String machine) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String marker = "<!-- generated from StateMachines." + machine + "();";
    int at = doc.indexOf(marker);
    assertThat(at).as("marker for the " + machine + " diagram in " + DOC).isNotNegative();
    int start = doc.indexOf("```mermaid\n", at) + "```mermaid\n".length();
    int end = doc.indexOf("```", start);
    return doc.substring(start, end);
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs/workflow.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/workflow.md not found above " + Path.of("").toAbsolutePath());
  }
}
