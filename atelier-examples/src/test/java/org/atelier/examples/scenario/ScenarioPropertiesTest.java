package org.atelier.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.atelier.examples.cli.BadInputException;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

/**
 * Properties of reading and running scenarios: a damaged file is always refused with a
 * message that names a JSON path (never another exception), and any selection of a valid
 * scenario's steps, in any order, runs to the end with a balanced ledger and the same
 * result twice.
 */
class ScenarioPropertiesTest {

  private static String text(String name) throws IOException {
    return Files.readString(Path.of("scenarios", name));
  }

  @Test
  void read_refusesEveryTruncationWithAPathAndNeverAnotherException() throws IOException {
    String contract = text("contract-example.json").stripTrailing();
    ScenarioReader reader = new ScenarioReader();

    qt().withExamples(300).forAll(integers().between(0, contract.length() - 1)).checkAssert(cut -> {
      String damaged = contract.substring(0, cut);
      try {
        reader.read(damaged);
        throw new AssertionError("a truncated file was accepted: " + cut + " characters");
      } catch (BadInputException refused) {
        assertThat(refused.getMessage()).startsWith("$");
      }
    });
  }

  @Test
  void read_refusesOrAcceptsEveryOneCharacterDeletionWithoutAnotherException() throws IOException {
    String contract = text("contract-example.json");
    ScenarioReader reader = new ScenarioReader();

    qt().withExamples(300).forAll(integers().between(0, contract.length() - 1)).checkAssert(at -> {
      String damaged = contract.substring(0, at) + contract.substring(at + 1);
      try {
        assertThat(reader.read(damaged).steps()).hasSizeLessThanOrEqualTo(14);
      } catch (BadInputException refused) {
        assertThat(refused.getMessage()).startsWith("$");
      }
    });
  }

  @Test
  void run_ofAnySelectionOfStepsKeepsTheLedgerBalancedAndIsRepeatable() throws IOException {
    Scenario happy = new ScenarioReader().read(text("happy-path.json"));
    Scenario intern = new ScenarioReader().read(text("intern-withdraws.json"));
    ScenarioRunner runner = ScenarioRunner.embedded();

    qt().withExamples(25).forAll(integers().between(0, 1), lists().of(integers().between(0, 40)).ofSizeBetween(0, 30))
        .checkAssert((which, picks) -> {
          Scenario base = which == 0 ? happy : intern;
          List<Step> steps = new ArrayList<>();
          for (int pick : picks) {
            steps.add(renumber(base.steps().get(pick % base.steps().size()), steps.size()));
          }
          Scenario scenario = new Scenario(base.start(), base.currency(), base.policy(), base.people(), steps);

          ScenarioResult first = runner.run(scenario).result();

          assertThat(first.steps()).hasSize(steps.size());
          long sum = first.balances().values().stream()
              .mapToLong(b -> Money.parse(b, base.currency()).minorUnits()).sum();
          assertThat(sum).isZero();
          assertThat(ScenarioResultJson.write(runner.run(scenario).result())).isEqualTo(ScenarioResultJson.write(first));
        });
  }

  private static Step renumber(Step step, int index) {
    if (step instanceof AdvanceStep advance) {
      return new AdvanceStep(index, advance.by());
    }
    CommandStep c = (CommandStep) step;
    return new CommandStep(index, c.actor(), c.command(), c.at(), c.arguments(), c.outOfRange());
  }
}
