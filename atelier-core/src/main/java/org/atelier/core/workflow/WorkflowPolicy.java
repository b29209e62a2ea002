package org.atelier.core.workflow;

import java.time.Duration;
import java.util.Objects;
import org.atelier.core.AtelierException;

/**
 * The numbers of the workflow, as the scenario contract's {@code policy} names them: how a
 * payout is split, and when each time rule fires.
 *
 * <p>A payout of one amount gives the platform {@code platformFeePercent} of it, the mentor
 * {@code mentorSharePercent} of it, and the intern the rest, allocated exactly by largest
 * remainder.
 *
 * @param platformFeePercent the platform's fee, 0 to 100
 * @param mentorSharePercent the mentor's share, 0 to 100; with the fee at most 100
 * @param reviewTimeoutHours after how long an undecided submission is approved, {@code >= 1}
 * @param acceptanceTimeoutHours after how long an undecided delivery is accepted, {@code >= 1}
 * @param helpEscalationHours after how long an unanswered help request is escalated, {@code >= 1}
 * @param stallNudgeHours after how long without intern activity the intern is nudged, {@code >= 1}
 * @param platformRecipient who receives the platform's notifications (escalations, disputes)
 * @since 0.1
 */
public record WorkflowPolicy(
    int platformFeePercent, int mentorSharePercent, int reviewTimeoutHours, int acceptanceTimeoutHours,
    int helpEscalationHours, int stallNudgeHours, String platformRecipient) {

  /**
   * Checks the ranges.
   *
   * @param platformFeePercent the fee
   * @param mentorSharePercent the mentor's share
   * @param reviewTimeoutHours the review timeout
   * @param acceptanceTimeoutHours the acceptance timeout
   * @param helpEscalationHours the escalation period
   * @param stallNudgeHours the stall period
   * @param platformRecipient the platform's recipient id
   * @throws AtelierException with code {@code VALIDATION} naming the value out of range
   */
  public WorkflowPolicy {
    Objects.requireNonNull(platformRecipient, "platformRecipient");
    percent("platformFeePercent", platformFeePercent);
    percent("mentorSharePercent", mentorSharePercent);
    if (platformFeePercent + mentorSharePercent > 100) {
      throw AtelierException.validation("policy: platformFeePercent + mentorSharePercent must be at most 100, got "
          + (platformFeePercent + mentorSharePercent));
    }
    hours("reviewTimeoutHours", reviewTimeoutHours);
    hours("acceptanceTimeoutHours", acceptanceTimeoutHours);
    hours("helpEscalationHours", helpEscalationHours);
    hours("stallNudgeHours", stallNudgeHours);
    if (platformRecipient.isBlank()) {
      throw AtelierException.validation("policy: platformRecipient must not be blank");
    }
  }

  /**
   * The defaults: fee 10 %, mentor 20 %, review 72 h, acceptance 168 h, help 24 h, stall
   * 48 h, platform notifications to {@code platform}.
   *
   * @return the default policy
   */
  public static WorkflowPolicy defaults() {
    return new WorkflowPolicy(10, 20, 72, 168, 24, 48, "platform");
  }

  /**
   * This policy with other split percentages.
   *
   * @param feePercent the platform's fee
   * @param mentorPercent the mentor's share
   * @return the changed copy
   */
  public WorkflowPolicy withSplit(int feePercent, int mentorPercent) {
    return new WorkflowPolicy(feePercent, mentorPercent, reviewTimeoutHours, acceptanceTimeoutHours,
        helpEscalationHours, stallNudgeHours, platformRecipient);
  }

  /**
   * This policy with other time-rule periods.
   *
   * @param review the review timeout in hours
   * @param acceptance the acceptance timeout in hours
   * @param help the help escalation period in hours
   * @param stall the stall nudge period in hours
   * @return the changed copy
   */
  public WorkflowPolicy withHours(int review, int acceptance, int help, int stall) {
    return new WorkflowPolicy(platformFeePercent, mentorSharePercent, review, acceptance, help, stall,
        platformRecipient);
  }

  /**
   * This policy with another recipient for the platform's notifications.
   *
   * @param recipient the id, such as {@code ops}
   * @return the changed copy
   */
  public WorkflowPolicy withPlatformRecipient(String recipient) {
    return new WorkflowPolicy(platformFeePercent, mentorSharePercent, reviewTimeoutHours, acceptanceTimeoutHours,
        helpEscalationHours, stallNudgeHours, recipient);
  }

  /**
   * The period of a time rule.
   *
   * @param rule the rule
   * @return its period
   */
  public Duration period(TimeRule rule) {
    return switch (rule) {
      case REVIEW_TIMEOUT -> Duration.ofHours(reviewTimeoutHours);
      case ACCEPTANCE_TIMEOUT -> Duration.ofHours(acceptanceTimeoutHours);
      case HELP_ESCALATION -> Duration.ofHours(helpEscalationHours);
      case STALL_NUDGE -> Duration.ofHours(stallNudgeHours);
      case MILESTONE_OVERDUE -> Duration.ZERO;
    };
  }

  private static void percent(String name, int value) {
    if (value < 0 || value > 100) {
      throw AtelierException.validation("policy: " + name + " must be 0 to 100, got " + value);
    }
  }

  private static void hours(String name, int value) {
    if (value < 1) {
      throw AtelierException.validation("policy: " + name + " must be at least 1 hour, got " + value);
    }
  }
}
