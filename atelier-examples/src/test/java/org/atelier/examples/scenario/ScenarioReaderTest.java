package org.atelier.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.atelier.examples.cli.BadInputException;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  private final ScenarioReader reader = new ScenarioReader();

  private static String contractExample() throws IOException {
    return Files.readString(Path.of("scenarios/contract-example.json"));
  }

  /** A minimal valid scenario whose single step is {@code step}. */
  private static String withStep(String step) {
    return """
        {"format": "atelier-scenario/1", "start": "2026-03-02T09:00:00Z", "currency": "USD",
         "people": [{"id": "req-1", "role": "requester"}],
         "steps": [%s]}""".formatted(step);
  }

  private void assertRefused(String text, String message) {
    assertThatThrownBy(() -> reader.read(text)).isInstanceOf(BadInputException.class).hasMessage(message);
  }

  @Test
  void read_typesTheContractExample() throws IOException {
    Scenario scenario = reader.read(contractExample());

    assertThat(scenario.start()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(scenario.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(scenario.policy()).isEqualTo(new ScenarioPolicy(10, 20, 72, 168, 24, 48));
    assertThat(scenario.people()).extracting(Person::id).containsExactly("req-1", "men-1", "int-1", "ops");
    assertThat(scenario.people().get(1).skills()).containsEntry("java", 5).containsEntry("sql", 4);
    assertThat(scenario.steps()).hasSize(14);
    CommandStep post = (CommandStep) scenario.steps().get(0);
    assertThat(post.command()).isEqualTo(ScenarioCommand.POST_TASK);
    assertThat(post.arguments().budget()).isEqualTo(Money.parse("1000.00", "USD"));
    CommandStep plan = (CommandStep) scenario.steps().get(2);
    assertThat(plan.arguments().milestones()).extracting(PlannedMilestone::share).containsExactly(30, 30, 40);
    assertThat(plan.arguments().milestones().get(2).after()).containsExactly("m2");
    assertThat(scenario.steps().get(7)).isEqualTo(new AdvanceStep(7, Duration.ofHours(6)));
  }

  @Test
  void read_namesThePathOfAShareThatIsNotAWholeNumber() throws IOException {
    String text = contractExample().replace("\"share\": 30, \"due\": \"2026-03-16", "\"share\": \"x\", \"due\": \"2026-03-16");
    assertRefused(text, "$.steps[2].milestones[1].share: expected a whole number 1..100, got \"x\"");
  }

  @Test
  void read_refusesAnEmptyFile() {
    assertRefused("  \n", "$: the file is empty; expected a JSON object with \"format\": \"atelier-scenario/1\"");
  }

  @Test
  void read_refusesInvalidJsonWithLineColumnAndPath() {
    String text = "{\"format\": \"atelier-scenario/1\",\n \"steps\": [{\"as\": \"a\",}]}";
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("$.steps[0].as: invalid JSON at line 2, column 23: Unexpected character");
  }

  @Test
  void read_refusesContentAfterTheDocument() {
    assertThatThrownBy(() -> reader.read("{} {}"))
        .hasMessage("$: invalid JSON at line 1, column 4: more content after the end of the document; expected one JSON object");
  }

  @Test
  void read_refusesDuplicateKeys() {
    assertThatThrownBy(() -> reader.read("{\"format\": \"atelier-scenario/1\", \"format\": \"x\"}"))
        .hasMessageStartingWith("$.format: invalid JSON at line 1, column 42: Duplicate field 'format'");
  }

  @Test
  void read_refusesAnUnknownFormatVersionFirst() {
    assertRefused("{\"format\": \"atelier-scenario/2\", \"steps\": 3}",
        "$.format: expected \"atelier-scenario/1\" (this atelier reads version 1 of the scenario format only),"
            + " got \"atelier-scenario/2\"");
    assertRefused("{\"steps\": []}", "$.format: missing; expected \"atelier-scenario/1\"");
  }

  @Test
  void read_refusesARootThatIsNotAnObject() {
    assertRefused("[1]", "$: expected a JSON object with \"format\": \"atelier-scenario/1\", got an array");
  }

  @Test
  void read_refusesAnUnknownCommand() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"launchRocket\"}"),
        "$.steps[0].do: expected a command, one of " + ScenarioCommand.fileNames() + ", got \"launchRocket\"");
  }

  @Test
  void read_refusesAMissingFieldNamingWhatTheCommandRequires() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"chooseMentor\", \"task\": \"t1\"}"),
        "$.steps[0].mentor: missing; a chooseMentor step requires as, do, task, mentor");
  }

  @Test
  void read_namesACommandThatStartsWithAVowelWithAn() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"acceptPlan\"}"),
        "$.steps[0].task: missing; an acceptPlan step requires as, do, task");
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"openDispute\", \"task\": \"t1\", \"why\": \"late\"}"),
        "$.steps[0].why: unknown field in an openDispute step; expected one of as, do, at, task"
            + " (or an annotation field named x-…)");
  }

  @Test
  void read_refusesAMissingTopLevelField() {
    assertRefused("{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\", \"people\": [], \"steps\": []}",
        "$.currency: missing; a scenario requires format, start, currency, people, steps");
  }

  @Test
  void read_refusesAWrongType() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"postTask\", \"task\": \"t1\", \"title\": \"T\","
            + " \"budget\": 1000, \"deadline\": \"2026-03-30T00:00:00Z\", \"skills\": {}}"),
        "$.steps[0].budget: expected a decimal string in USD with at most 2 decimals, such as \"1000.00\", got 1000");
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"acceptPlan\", \"task\": [\"t1\"]}"),
        "$.steps[0].task: expected an id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit,"
            + " got an array");
  }

  @Test
  void read_refusesAnUnknownStepFieldListingTheAcceptedOnes() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"submitMilestone\", \"task\": \"t1\", \"milestone\": \"m1\","
            + " \"nots\": \"typo\"}"),
        "$.steps[0].nots: unknown field in a submitMilestone step; expected one of as, do, at, task, milestone, note"
            + " (or an annotation field named x-…)");
  }

  @Test
  void read_refusesAnUnknownTopLevelField() {
    assertRefused("{\"format\": \"atelier-scenario/1\", \"seed\": 4}",
        "$.seed: unknown field in a scenario; expected one of format, start, currency, policy, people, steps"
            + " (or an annotation field named x-…)");
  }

  @Test
  void read_ignoresAnnotationFields() {
    Scenario scenario = reader.read(withStep("{\"x-why\": \"the clock\", \"advance\": \"P2D\"}"));
    assertThat(scenario.steps()).containsExactly(new AdvanceStep(0, Duration.ofDays(2)));
  }

  @Test
  void read_refusesBadInstantsDurationsAndAmounts() {
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"acceptPlan\", \"task\": \"t1\", \"at\": \"tomorrow\"}"),
        "$.steps[0].at: expected an ISO-8601 instant such as \"2026-03-02T09:00:00Z\", got \"tomorrow\"");
    assertRefused(withStep("{\"advance\": \"6 hours\"}"),
        "$.steps[0].advance: expected an ISO-8601 duration such as \"PT6H\" or \"P2D\", got \"6 hours\"");
    assertRefused(withStep("{\"as\": \"req-1\", \"do\": \"postTask\", \"task\": \"t1\", \"title\": \"T\","
            + " \"budget\": \"10.005\", \"deadline\": \"2026-03-30T00:00:00Z\", \"skills\": {}}"),
        "$.steps[0].budget: expected a decimal string in USD with at most 2 decimals, such as \"1000.00\", got \"10.005\"");
  }

  @Test
  void read_refusesAnAmountTooLargeForTheMinorUnitsSayingItIsOutOfRange() {
    String post = "{\"as\": \"req-1\", \"do\": \"postTask\", \"task\": \"t1\", \"title\": \"T\","
        + " \"budget\": \"%s\", \"deadline\": \"2026-03-30T00:00:00Z\", \"skills\": {}}";
    String range = "$.steps[0].budget: amount out of range: expected USD from -92233720368547758.08 to"
        + " 92233720368547758.07 (its minor units must fit in a 64-bit integer), got ";

    assertRefused(withStep(post.formatted("99999999999999999999.00")), range + "\"99999999999999999999.00\"");
    assertRefused(withStep(post.formatted("92233720368547758.08")), range + "\"92233720368547758.08\"");
    assertRefused(withStep(post.formatted("-92233720368547758.09")), range + "\"-92233720368547758.09\"");
    assertThat(((CommandStep) reader.read(withStep(post.formatted("92233720368547758.07"))).steps().get(0))
        .arguments().budget()).isEqualTo(Money.ofMinor(Long.MAX_VALUE, "USD"));
    assertThat(((CommandStep) reader.read(withStep(post.formatted("-92233720368547758.08"))).steps().get(0))
        .arguments().budget()).isEqualTo(Money.ofMinor(Long.MIN_VALUE, "USD"));
  }

  @Test
  void read_refusesAJpyAmountTooLargeAndOneWithDecimals() {
    String text = """
        {"format": "atelier-scenario/1", "start": "2026-03-02T09:00:00Z", "currency": "JPY",
         "people": [{"id": "req-1", "role": "requester"}],
         "steps": [{"as": "req-1", "do": "postTask", "task": "t1", "title": "T", "budget": "%s",
                    "deadline": "2026-03-30T00:00:00Z", "skills": {}}]}""";

    assertRefused(text.formatted("9223372036854775808"), "$.steps[0].budget: amount out of range: expected JPY from"
        + " -9223372036854775808 to 9223372036854775807 (its minor units must fit in a 64-bit integer),"
        + " got \"9223372036854775808\"");
    assertRefused(text.formatted("10.5"),
        "$.steps[0].budget: expected a decimal string in JPY with at most 0 decimals, such as \"1000\", got \"10.5\"");
  }

  @Test
  void read_leavesANegativeAmountToTheStep() {
    Scenario scenario = reader.read(withStep("{\"as\": \"req-1\", \"do\": \"postTask\", \"task\": \"t1\", \"title\": \"T\","
        + " \"budget\": \"-5.00\", \"deadline\": \"2026-03-30T00:00:00Z\", \"skills\": {}}"));
    assertThat(((CommandStep) scenario.steps().get(0)).arguments().budget()).isEqualTo(Money.ofMinor(-500, "USD"));
  }

  @Test
  void read_refusesADuplicatePersonAndAnUnknownRole() {
    assertRefused("{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\", \"currency\": \"USD\","
            + " \"people\": [{\"id\": \"a\", \"role\": \"mentor\"}, {\"id\": \"a\", \"role\": \"intern\"}], \"steps\": []}",
        "$.people[1].id: expected an id not used before, got \"a\", already the id of $.people[0]");
    assertRefused("{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\", \"currency\": \"USD\","
            + " \"people\": [{\"id\": \"a\", \"role\": \"boss\"}], \"steps\": []}",
        "$.people[0].role: expected one of requester, mentor, intern, platform, got \"boss\"");
  }

  @Test
  void read_fillsAMissingPolicyFromTheDefaultsAndChecksTheSplit() {
    assertThat(reader.read(withStep("{\"advance\": \"PT1H\"}")).policy()).isEqualTo(ScenarioPolicy.DEFAULT);
    assertRefused("{\"format\": \"atelier-scenario/1\", \"start\": \"2026-03-02T09:00:00Z\", \"currency\": \"USD\","
            + " \"policy\": {\"platformFeePercent\": 70, \"mentorSharePercent\": 40}, \"people\": [], \"steps\": []}",
        "$.policy: expected platformFeePercent + mentorSharePercent to be at most 100, got 70 + 40");
  }

  @Test
  void read_refusesAStepThatIsNeitherACommandNorAClockStep() {
    assertRefused(withStep("{\"as\": \"req-1\"}"),
        "$.steps[0]: expected a step: {\"as\": …, \"do\": …} or {\"advance\": …}, got an object without \"do\" or \"advance\"");
  }

  @Test
  void read_quotesOddFieldNamesInThePath() {
    assertRefused("{\"format\": \"atelier-scenario/1\", \"my field\": 1}",
        "$[\"my field\"]: unknown field in a scenario; expected one of format, start, currency, policy, people, steps"
            + " (or an annotation field named x-…)");
  }

  @Test
  void read_acceptsATemplateInsteadOfMilestonesButNotBoth() {
    CommandStep step = (CommandStep) reader.read(withStep(
        "{\"as\": \"men-1\", \"do\": \"proposePlan\", \"task\": \"t1\", \"template\": \"web-feature\"}")).steps().get(0);
    assertThat(step.arguments().template()).isEqualTo("web-feature");
    assertThat(step.arguments().milestones()).isNull();
    assertRefused(withStep("{\"as\": \"men-1\", \"do\": \"proposePlan\", \"task\": \"t1\"}"),
        "$.steps[0]: expected exactly one of milestones or template in a proposePlan step, got neither");
    assertRefused(withStep("{\"as\": \"men-1\", \"do\": \"proposePlan\", \"task\": \"t1\", \"template\": \"w\","
            + " \"milestones\": []}"),
        "$.steps[0]: expected exactly one of milestones or template in a proposePlan step, got both");
  }
}
