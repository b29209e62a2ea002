package org.atelier.examples.scenario;

import static org.atelier.examples.scenario.JsonValues.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.examples.cli.BadInputException;
import org.atelier.examples.text.English;

/**
 * Reads an {@code atelier-scenario/1} file into a {@link Scenario}, refusing a malformed file
 * before anything runs.
 *
 * <p>The reader checks structure: JSON syntax, the {@code format}, known and required
 * fields, JSON types, and the syntax of ids, instants, durations, amounts, shares and
 * percents. It reports the first problem only, in this order: {@code format}, unknown
 * fields, missing fields, then each field in the order of the table in
 * {@code docs/scenarios.md}; inside {@code people} and {@code steps}, element by element.
 * Anything that needs the run to decide (an unknown id, shares that do not add up to 100, a
 * step that goes back in time) is the step's {@code VALIDATION} error instead, and so is a
 * step's whole number of the right type that is out of its range (a {@code share} of 150, a
 * {@code toRequesterPercent} of 101, a required skill level of 9): the reader records it in
 * {@link CommandStep#outOfRange()}. Out-of-range values outside the steps ({@code policy},
 * {@code people}) refuse the file.
 *
 * <p>Fields named {@code x-…} are annotations and are ignored everywhere. Any other unknown
 * field is refused: a misspelt optional field would otherwise change the run silently.
 *
 * <p>Time and space are linear in the size of the file.
 */
public final class ScenarioReader {

  private static final Set<String> TOP_REQUIRED = names("format", "start", "currency", "people", "steps");
  private static final Set<String> TOP_KNOWN = names("format", "start", "currency", "policy", "people", "steps");
  private static final Set<String> POLICY_FIELDS = names("platformFeePercent", "mentorSharePercent",
      "reviewTimeoutHours", "acceptanceTimeoutHours", "helpEscalationHours", "stallNudgeHours");
  private static final Set<String> PERSON_REQUIRED = names("id", "role");
  private static final Set<String> PERSON_KNOWN = names("id", "role", "skills", "rating", "hoursPerWeek");
  private static final Set<String> MILESTONE_REQUIRED = names("id", "title", "share", "due");
  private static final Set<String> MILESTONE_KNOWN = names("id", "title", "share", "due", "after", "criteria");
  private static final Set<String> ADVANCE_FIELDS = names("advance");
  /** The longest a time-rule period may be: ten years, in hours. */
  private static final int MAX_HOURS = 87_600;

  /** Creates a reader; it keeps no state between files. */
  public ScenarioReader() {}

  /**
   * Reads a scenario file's text.
   *
   * @param text the whole file, as UTF-8 decoded text
   * @return the scenario
   * @throws BadInputException naming the JSON path of the first problem and what was expected
   */
  public Scenario read(String text) {
    return read(JsonDocument.parseObject(text, "a JSON object with \"format\": \"" + Scenario.FORMAT + "\""));
  }

  /**
   * Reads a scenario that is already parsed, such as after its {@code format} was looked at.
   *
   * @param root the document
   * @return the scenario
   * @throws BadInputException naming the JSON path of the first problem and what was expected
   */
  public Scenario read(JsonNode root) {
    JsonPath $ = JsonPath.ROOT;
    JsonValues.object(root, $, "a JSON object with \"format\": \"" + Scenario.FORMAT + "\"");
    checkFormat(root);
    JsonValues.checkFields(root, $, TOP_REQUIRED, TOP_KNOWN, "a scenario");
    Instant start = JsonValues.instant(root.get("start"), $.field("start"));
    Currency currency = JsonValues.currency(root.get("currency"), $.field("currency"));
    ScenarioPolicy policy = root.has("policy") ? policy(root.get("policy"), $.field("policy")) : ScenarioPolicy.DEFAULT;
    List<Person> people = people(root.get("people"), $.field("people"));
    List<Step> steps = steps(root.get("steps"), $.field("steps"), currency);
    return new Scenario(start, currency, policy, people, steps);
  }

  private static void checkFormat(JsonNode root) {
    JsonNode format = root.get("format");
    JsonPath at = JsonPath.ROOT.field("format");
    if (format == null) {
      throw new BadInputException(at + ": missing; expected \"" + Scenario.FORMAT + "\"");
    }
    if (!format.isTextual() || !format.asText().equals(Scenario.FORMAT)) {
      String hint = format.isTextual() && format.asText().startsWith("atelier-scenario/")
          ? " (this atelier reads version 1 of the scenario format only)" : "";
      throw JsonValues.problem(at, "\"" + Scenario.FORMAT + "\"" + hint, format);
    }
  }

  private static ScenarioPolicy policy(JsonNode node, JsonPath at) {
    JsonValues.object(node, at, "an object with the policy's percents and hours");
    JsonValues.checkFields(node, at, Set.of(), POLICY_FIELDS, "the policy");
    ScenarioPolicy d = ScenarioPolicy.DEFAULT;
    int fee = optionalWhole(node, at, "platformFeePercent", 0, 100, d.platformFeePercent());
    int mentor = optionalWhole(node, at, "mentorSharePercent", 0, 100, d.mentorSharePercent());
    if (fee + mentor > 100) {
      throw new BadInputException(at + ": expected platformFeePercent + mentorSharePercent to be at most 100, got "
          + fee + " + " + mentor);
    }
    return new ScenarioPolicy(fee, mentor,
        optionalWhole(node, at, "reviewTimeoutHours", 1, MAX_HOURS, d.reviewTimeoutHours()),
        optionalWhole(node, at, "acceptanceTimeoutHours", 1, MAX_HOURS, d.acceptanceTimeoutHours()),
        optionalWhole(node, at, "helpEscalationHours", 1, MAX_HOURS, d.helpEscalationHours()),
        optionalWhole(node, at, "stallNudgeHours", 1, MAX_HOURS, d.stallNudgeHours()));
  }

  private static int optionalWhole(JsonNode node, JsonPath at, String field, int min, int max, int fallback) {
    JsonNode value = node.get(field);
    return value == null ? fallback : JsonValues.whole(value, at.field(field), min, max);
  }

  private static List<Person> people(JsonNode node, JsonPath at) {
    List<JsonNode> elements = JsonValues.array(node, at, "an array of people");
    List<Person> people = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonPath p = at.index(i);
      JsonNode person = JsonValues.object(elements.get(i), p, "a person: {\"id\": …, \"role\": …}");
      JsonValues.checkFields(person, p, PERSON_REQUIRED, PERSON_KNOWN, "a person");
      String id = JsonValues.id(person.get("id"), p.field("id"));
      Integer earlier = seen.putIfAbsent(id, i);
      if (earlier != null) {
        throw new BadInputException(p.field("id") + ": expected an id not used before, got "
            + JsonText.quote(id) + ", already the id of " + at.index(earlier));
      }
      PersonRole role = role(person.get("role"), p.field("role"));
      SortedMap<String, Integer> skills =
          person.has("skills") ? JsonValues.skills(person.get("skills"), p.field("skills")) : new TreeMap<>();
      double rating = person.has("rating") ? rating(person.get("rating"), p.field("rating")) : Person.DEFAULT_RATING;
      int hours = person.has("hoursPerWeek")
          ? JsonValues.whole(person.get("hoursPerWeek"), p.field("hoursPerWeek"), 0, 168) : Person.DEFAULT_HOURS;
      people.add(new Person(id, role, skills, rating, hours));
    }
    return people;
  }

  private static double rating(JsonNode node, JsonPath at) {
    if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 5) {
      throw JsonValues.problem(at, "a number from 0 to 5, such as 4.5", node);
    }
    return node.asDouble();
  }

  private static PersonRole role(JsonNode node, JsonPath at) {
    if (node.isTextual()) {
      for (PersonRole role : PersonRole.values()) {
        if (role.fileName().equals(node.asText())) {
          return role;
        }
      }
    }
    throw JsonValues.problem(at, "one of requester, mentor, intern, platform", node);
  }

  private static List<Step> steps(JsonNode node, JsonPath at, Currency currency) {
    List<JsonNode> elements = JsonValues.array(node, at, "an array of steps");
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      steps.add(step(elements.get(i), at.index(i), i, currency));
    }
    return steps;
  }

  private static Step step(JsonNode node, JsonPath at, int index, Currency currency) {
    String shape = "a step: {\"as\": …, \"do\": …} or {\"advance\": …}";
    JsonValues.object(node, at, shape);
    if (!node.has("do")) {
      if (node.has("advance")) {
        JsonValues.checkFields(node, at, ADVANCE_FIELDS, ADVANCE_FIELDS, "a clock step");
        return new AdvanceStep(index, JsonValues.duration(node.get("advance"), at.field("advance")));
      }
      throw new BadInputException(at + ": expected " + shape + ", got an object without \"do\" or \"advance\"");
    }
    JsonNode doNode = node.get("do");
    ScenarioCommand command = doNode.isTextual() ? ScenarioCommand.byFileName(doNode.asText()).orElse(null) : null;
    if (command == null) {
      throw JsonValues.problem(at.field("do"), "a command, one of " + ScenarioCommand.fileNames(), doNode);
    }
    Set<String> required = names("as", "do");
    Set<String> known = names("as", "do", "at");
    for (StepField field : StepField.values()) {
      if (command.requires(field)) {
        required.add(field.jsonName());
      }
    }
    for (StepField field : StepField.values()) {
      if (command.allows(field)) {
        known.add(field.jsonName());
      }
    }
    JsonValues.checkFields(node, at, required, known, English.withArticle(command.fileName()) + " step");
    if (!command.exactlyOneOf().isEmpty()) {
      List<String> given = command.exactlyOneOf().stream().map(StepField::jsonName).filter(node::has).toList();
      if (given.size() != 1) {
        String alternatives = String.join(" or ", command.exactlyOneOf().stream().map(StepField::jsonName).toList());
        throw new BadInputException(at + ": expected exactly one of " + alternatives + " in "
            + English.withArticle(command.fileName())
            + " step, got " + (given.isEmpty() ? "neither" : "both"));
      }
    }
    String actor = JsonValues.id(node.get("as"), at.field("as"));
    Instant when = node.has("at") ? JsonValues.instant(node.get("at"), at.field("at")) : null;
    Map<StepField, Object> values = new EnumMap<>(StepField.class);
    List<String> outOfRange = new ArrayList<>();
    for (StepField field : StepField.values()) {
      JsonNode value = node.get(field.jsonName());
      if (value != null) {
        values.put(field, value(field, value, at.field(field.jsonName()), currency, outOfRange));
      }
    }
    return new CommandStep(index, actor, command, when, arguments(values), outOfRange);
  }

  /**
   * One field's value. A whole number of the right type but out of its range is not the
   * file's problem but the step's: it goes to {@code outOfRange}, and the step is refused
   * with {@code VALIDATION} when it runs.
   */
  private static Object value(StepField field, JsonNode node, JsonPath at, Currency currency, List<String> outOfRange) {
    return switch (field.shape()) {
      case ID -> JsonValues.id(node, at);
      case TEXT -> JsonValues.text(node, at);
      case AMOUNT -> JsonValues.amount(node, at, currency);
      case INSTANT -> JsonValues.instant(node, at);
      case DURATION -> JsonValues.duration(node, at);
      case PERCENT -> percent(field, node, at, outOfRange);
      case SKILLS -> JsonValues.skills(node, at, outOfRange);
      case MILESTONES -> milestones(node, at, outOfRange);
    };
  }

  private static int percent(StepField field, JsonNode node, JsonPath at, List<String> outOfRange) {
    int percent = JsonValues.integral(node, at, "a whole number 0..100");
    if (percent < 0 || percent > 100) {
      outOfRange.add(JsonValues.outOfRange(field.jsonName(), 0, 100, node));
    }
    return percent;
  }

  private static List<PlannedMilestone> milestones(JsonNode node, JsonPath at, List<String> outOfRange) {
    List<JsonNode> elements = JsonValues.array(node, at, "an array of milestones");
    List<PlannedMilestone> milestones = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonPath m = at.index(i);
      JsonNode milestone = JsonValues.object(elements.get(i), m, "a milestone: {\"id\", \"title\", \"share\", \"due\"}");
      JsonValues.checkFields(milestone, m, MILESTONE_REQUIRED, MILESTONE_KNOWN, "a milestone");
      String id = JsonValues.id(milestone.get("id"), m.field("id"));
      String title = JsonValues.text(milestone.get("title"), m.field("title"));
      JsonNode shareNode = milestone.get("share");
      int share = JsonValues.integral(shareNode, m.field("share"), "a whole number 1..100");
      if (share < 1 || share > 100) {
        outOfRange.add(JsonValues.outOfRange("milestone " + id + ": share", 1, 100, shareNode));
      }
      milestones.add(new PlannedMilestone(id, title, share,
          JsonValues.instant(milestone.get("due"), m.field("due")),
          milestone.has("after") ? JsonValues.ids(milestone.get("after"), m.field("after")) : List.of(),
          milestone.has("criteria") ? JsonValues.texts(milestone.get("criteria"), m.field("criteria")) : List.of()));
    }
    return milestones;
  }

  @SuppressWarnings("unchecked")
  private static StepArguments arguments(Map<StepField, Object> v) {
    return new StepArguments(
        (String) v.get(StepField.TASK),
        (String) v.get(StepField.TITLE),
        (org.atelier.spi.Money) v.get(StepField.BUDGET),
        (Instant) v.get(StepField.DEADLINE),
        (SortedMap<String, Integer>) v.get(StepField.SKILLS),
        (String) v.get(StepField.MENTOR),
        (String) v.get(StepField.INTERN),
        (List<PlannedMilestone>) v.get(StepField.MILESTONES),
        (String) v.get(StepField.MILESTONE),
        (String) v.get(StepField.NOTE),
        (String) v.get(StepField.FEEDBACK),
        (String) v.get(StepField.HELP),
        (String) v.get(StepField.QUESTION),
        (String) v.get(StepField.ANSWER),
        (java.time.Duration) v.get(StepField.BY),
        (Integer) v.get(StepField.TO_REQUESTER_PERCENT),
        (String) v.get(StepField.TEMPLATE));
  }

}
