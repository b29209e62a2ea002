package org.atelier.core.workflow;

import org.atelier.core.model.Actor;

/**
 * Decides whether an actor may issue a command on a task. The service asks before it
 * decides anything; a refusal becomes {@code NOT_PERMITTED} naming the requirement and
 * changes nothing. Hosts replace the policy with {@code Internships}' builder option; an
 * implementation must be a pure function of its arguments.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AccessPolicy {

  /**
   * Decides.
   *
   * @param actor who issues the command
   * @param command the command
   * @param parties the task's people as they are now
   * @return the decision and what it required
   */
  AccessDecision decide(Actor actor, Command command, Parties parties);

  /**
   * The policy of the scenario contract's table: only the task's requester chooses the
   * mentor and funds escrow, only the chosen mentor plans and reviews, only the assigned
   * intern submits, only the platform resolves disputes, and so on (see
   * {@link ContractAccessPolicy#requiredParties}).
   *
   * @return the default policy
   */
  static AccessPolicy contractDefault() {
    return ContractAccessPolicy.INSTANCE;
  }
}
