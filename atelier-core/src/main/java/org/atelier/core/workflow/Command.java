package org.atelier.core.workflow;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;

/**
 * Every command of the scenario contract, by its contract name ({@link #label()}).
 *
 * @since 0.1
 */
public enum Command implements Trigger {
  /** The requester posts a task. */
  POST_TASK("postTask"),
  /** The task's requester picks the mentor. */
  CHOOSE_MENTOR("chooseMentor"),
  /** The chosen mentor proposes the plan, or revises it before work starts. */
  PROPOSE_PLAN("proposePlan"),
  /** The requester or platform attaches the intern. */
  ASSIGN_INTERN("assignIntern"),
  /** The assigned intern agrees to the current plan version. */
  ACCEPT_PLAN("acceptPlan"),
  /** The requester moves the whole budget into the task's escrow. */
  FUND_ESCROW("fundEscrow"),
  /** The intern submits a milestone whose dependencies are approved. */
  SUBMIT_MILESTONE("submitMilestone"),
  /** The mentor sends a submitted milestone back with feedback. */
  REQUEST_CHANGES("requestChanges"),
  /** The mentor approves a milestone and releases its share of escrow. */
  APPROVE_MILESTONE("approveMilestone"),
  /** The intern opens a help request. */
  ASK_FOR_HELP("askForHelp"),
  /** The mentor answers a help request. */
  ANSWER_HELP("answerHelp"),
  /** The intern closes a help request. */
  RESOLVE_HELP("resolveHelp"),
  /** The intern hands in the final product once every milestone is approved. */
  SUBMIT_FINAL("submitFinal"),
  /** The mentor delivers the final product to the requester. */
  DELIVER_TO_REQUESTER("deliverToRequester"),
  /** The requester accepts the delivery: the internship completes. */
  ACCEPT_DELIVERY("acceptDelivery"),
  /** The requester sends the delivery back with feedback. */
  REJECT_DELIVERY("rejectDelivery"),
  /** The requester or platform moves the deadline and every later due date. */
  EXTEND("extend"),
  /** The intern leaves, or the platform removes them. */
  WITHDRAW_INTERN("withdrawIntern"),
  /** A new intern takes over the milestones not yet approved. */
  REPLACE_INTERN("replaceIntern"),
  /** The mentor finishes the remaining milestones and earns their intern share. */
  MENTOR_TAKEOVER("mentorTakeover"),
  /** The requester or platform ends the internship and refunds what is not earned. */
  CANCEL("cancel"),
  /** A party freezes escrow until the platform decides. */
  OPEN_DISPUTE("openDispute"),
  /** The platform splits the frozen escrow. */
  RESOLVE_DISPUTE("resolveDispute"),
  /**
   * The mentor endorses skills the intern demonstrated, once the product is delivered. An
   * extension beyond the scenario contract: it feeds the intern's learning record.
   */
  ENDORSE_SKILLS("endorseSkills");

  private final String label;

  Command(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The command with a contract name.
   *
   * @param label such as {@code approveMilestone}
   * @return the command
   * @throws AtelierException with code {@code VALIDATION} naming the accepted names
   */
  public static Command fromLabel(String label) {
    for (Command command : values()) {
      if (command.label.equals(label)) {
        return command;
      }
    }
    throw AtelierException.validation("unknown command \"" + label + "\"; expected one of "
        + Arrays.stream(values()).map(Command::label).collect(Collectors.joining(", ")));
  }
}
