package org.atelier.examples.scenario;

import static org.atelier.examples.scenario.StepField.ANSWER;
import static org.atelier.examples.scenario.StepField.BUDGET;
import static org.atelier.examples.scenario.StepField.BY;
import static org.atelier.examples.scenario.StepField.DEADLINE;
import static org.atelier.examples.scenario.StepField.FEEDBACK;
import static org.atelier.examples.scenario.StepField.HELP;
import static org.atelier.examples.scenario.StepField.INTERN;
import static org.atelier.examples.scenario.StepField.MENTOR;
import static org.atelier.examples.scenario.StepField.MILESTONE;
import static org.atelier.examples.scenario.StepField.MILESTONES;
import static org.atelier.examples.scenario.StepField.NOTE;
import static org.atelier.examples.scenario.StepField.QUESTION;
import static org.atelier.examples.scenario.StepField.SKILLS;
import static org.atelier.examples.scenario.StepField.TASK;
import static org.atelier.examples.scenario.StepField.TEMPLATE;
import static org.atelier.examples.scenario.StepField.TITLE;
import static org.atelier.examples.scenario.StepField.TO_REQUESTER_PERCENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commands a step may {@code do}, as one table: the command's name in a file, the fields
 * it requires and the fields it allows. The reader, the runner and {@code docs/scenarios.md}
 * all follow this table.
 */
public enum ScenarioCommand {
  /** The requester posts a task. */
  POST_TASK("postTask", EnumSet.of(TASK, TITLE, BUDGET, DEADLINE, SKILLS), EnumSet.noneOf(StepField.class)),
  /** The requester picks the mentor. */
  CHOOSE_MENTOR("chooseMentor", EnumSet.of(TASK, MENTOR), EnumSet.noneOf(StepField.class)),
  /** The mentor proposes or revises the milestones. */
  PROPOSE_PLAN("proposePlan", EnumSet.of(TASK), EnumSet.of(MILESTONES, TEMPLATE)),
  /** The requester or platform attaches the intern. */
  ASSIGN_INTERN("assignIntern", EnumSet.of(TASK, INTERN), EnumSet.noneOf(StepField.class)),
  /** The intern agrees to the plan. */
  ACCEPT_PLAN("acceptPlan", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** The requester moves the budget into escrow. */
  FUND_ESCROW("fundEscrow", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** The intern submits a milestone. */
  SUBMIT_MILESTONE("submitMilestone", EnumSet.of(TASK, MILESTONE), EnumSet.of(NOTE)),
  /** The mentor sends a submission back. */
  REQUEST_CHANGES("requestChanges", EnumSet.of(TASK, MILESTONE, FEEDBACK), EnumSet.noneOf(StepField.class)),
  /** The mentor approves a submission. */
  APPROVE_MILESTONE("approveMilestone", EnumSet.of(TASK, MILESTONE), EnumSet.noneOf(StepField.class)),
  /** The intern opens a help request. */
  ASK_FOR_HELP("askForHelp", EnumSet.of(TASK, HELP, QUESTION), EnumSet.noneOf(StepField.class)),
  /** The mentor answers a help request. */
  ANSWER_HELP("answerHelp", EnumSet.of(TASK, HELP, ANSWER), EnumSet.noneOf(StepField.class)),
  /** The intern closes a help request. */
  RESOLVE_HELP("resolveHelp", EnumSet.of(TASK, HELP), EnumSet.noneOf(StepField.class)),
  /** The intern hands over the final product. */
  SUBMIT_FINAL("submitFinal", EnumSet.of(TASK), EnumSet.of(NOTE)),
  /** The mentor delivers the final product. */
  DELIVER_TO_REQUESTER("deliverToRequester", EnumSet.of(TASK), EnumSet.of(NOTE)),
  /** The requester accepts the delivery. */
  ACCEPT_DELIVERY("acceptDelivery", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** The requester sends the delivery back. */
  REJECT_DELIVERY("rejectDelivery", EnumSet.of(TASK, FEEDBACK), EnumSet.noneOf(StepField.class)),
  /** The deadline and every later due date move. */
  EXTEND("extend", EnumSet.of(TASK, BY), EnumSet.noneOf(StepField.class)),
  /** The intern leaves. */
  WITHDRAW_INTERN("withdrawIntern", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** A new intern takes over. */
  REPLACE_INTERN("replaceIntern", EnumSet.of(TASK, INTERN), EnumSet.noneOf(StepField.class)),
  /** The mentor finishes the remaining milestones. */
  MENTOR_TAKEOVER("mentorTakeover", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** The internship ends early. */
  CANCEL("cancel", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** Escrow freezes until the platform decides. */
  OPEN_DISPUTE("openDispute", EnumSet.of(TASK), EnumSet.noneOf(StepField.class)),
  /** The platform splits the frozen escrow. */
  RESOLVE_DISPUTE("resolveDispute", EnumSet.of(TASK, TO_REQUESTER_PERCENT), EnumSet.noneOf(StepField.class));

  private final String fileName;
  private final Set<StepField> required;
  private final Set<StepField> optional;

  ScenarioCommand(String fileName, Set<StepField> required, Set<StepField> optional) {
    this.fileName = fileName;
    this.required = Set.copyOf(required);
    this.optional = Set.copyOf(optional);
  }

  /**
   * The command's name in {@code do}.
   *
   * @return the name, such as {@code postTask}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Whether the command requires a field.
   *
   * @param field the field
   * @return true when a step of this command must carry it
   */
  public boolean requires(StepField field) {
    return required.contains(field);
  }

  /**
   * Whether the command accepts a field, required or optional.
   *
   * @param field the field
   * @return true when a step of this command may carry it
   */
  public boolean allows(StepField field) {
    return required.contains(field) || optional.contains(field);
  }

  /**
   * The fields of which a step must carry exactly one, such as {@code milestones} or
   * {@code template} for {@code proposePlan}.
   *
   * @return the alternatives, empty for most commands
   */
  public Set<StepField> exactlyOneOf() {
    return this == PROPOSE_PLAN ? EnumSet.of(MILESTONES, TEMPLATE) : EnumSet.noneOf(StepField.class);
  }

  /**
   * Looks a command up by its name in a file.
   *
   * @param fileName the value of {@code do}
   * @return the command, or empty when there is none of that name
   */
  public static Optional<ScenarioCommand> byFileName(String fileName) {
    return Arrays.stream(values()).filter(c -> c.fileName.equals(fileName)).findFirst();
  }

  /**
   * Every command name, in table order, for error messages.
   *
   * @return the names separated by commas
   */
  public static String fileNames() {
    return Arrays.stream(values()).map(ScenarioCommand::fileName).collect(Collectors.joining(", "));
  }
}
