package org.atelier.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.atelier.examples.matching.MatchingFiles;
import org.atelier.examples.matching.MatchingInput;
import org.atelier.examples.matching.MatchingJson;
import org.atelier.examples.scenario.JsonDocument;
import org.atelier.examples.scenario.Scenario;
import org.atelier.examples.scenario.ScenarioReader;
import org.atelier.examples.text.English;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier validate FILE}: checks a scenario file or a matching file without running
 * it. The file's {@code format} field says which it is.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a scenario (atelier-scenario/1) or matching (atelier-matching/1) file without running it.",
        "Exit status: 0 valid, 2 invalid (standard error names the JSON path of the first problem)."})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand AtelierCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "the files to check, in order, or - for standard input; the first invalid one stops the check")
  List<String> files = List.of();

  @Override
  public Integer call() {
    for (String file : files) {
      validate(file);
    }
    return AtelierCommand.EXIT_OK;
  }

  private void validate(String file) {
    if (!"-".equals(file) && MatchingFiles.isCsv(Path.of(file))) {
      MatchingInput matrix = MatchingFiles.validate(Path.of(file));
      spec.commandLine().getOut().println(file + ": a valid weight matrix for atelier match --matrix: "
          + English.count(matrix.problem().internCount(), "intern", "interns") + ", "
          + English.count(matrix.problem().mentorCount(), "mentor", "mentors"));
      return;
    }
    InputText input = InputText.read(file, parent.in());
    String what = input.parse(text -> {
      JsonNode root = JsonDocument.parseObject(text, "a JSON object with a \"format\" field");
      JsonNode format = root.path("format");
      if (format.isTextual() && format.asText().startsWith("atelier-scenario/")) {
        Scenario scenario = new ScenarioReader().read(root);
        return "a valid " + Scenario.FORMAT + " scenario: " + English.count(scenario.people().size(), "person", "people")
            + ", " + English.count(scenario.steps().size(), "step", "steps");
      }
      if (format.isTextual() && format.asText().startsWith("atelier-matching/")) {
        MatchingInput matching = MatchingJson.parse(text.getBytes(StandardCharsets.UTF_8));
        return "a valid " + MatchingJson.FORMAT + " problem: "
            + English.count(matching.problem().internCount(), "intern", "interns") + ", "
            + English.count(matching.problem().mentorCount(), "mentor", "mentors");
      }
      throw new BadInputException("$.format: expected \"" + Scenario.FORMAT + "\" or \"" + MatchingJson.FORMAT
          + "\", got " + (format.isMissingNode() ? "no format field" : format.toString()));
    });
    spec.commandLine().getOut().println(input.name() + ": " + what);
  }
}
