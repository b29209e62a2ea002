package org.atelier.examples.scenario;

/**
 * The scenario's {@code policy}: how a payout is split and when the time rules fire.
 *
 * @param platformFeePercent the platform's percent of every payout, 0..100
 * @param mentorSharePercent the mentor's percent of every payout, 0..100; with the fee at most 100
 * @param reviewTimeoutHours hours after which an undecided submission is approved automatically
 * @param acceptanceTimeoutHours hours after which an undecided delivery is accepted automatically
 * @param helpEscalationHours hours after which an unanswered help request is escalated
 * @param stallNudgeHours hours of intern inactivity, while work is under way, before a nudge
 */
public record ScenarioPolicy(
    int platformFeePercent,
    int mentorSharePercent,
    int reviewTimeoutHours,
    int acceptanceTimeoutHours,
    int helpEscalationHours,
    int stallNudgeHours) {

  /** The policy of the contract's example, used for every field a file leaves out. */
  public static final ScenarioPolicy DEFAULT = new ScenarioPolicy(10, 20, 72, 168, 24, 48);
}
