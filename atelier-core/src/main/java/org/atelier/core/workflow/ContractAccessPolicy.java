package org.atelier.core.workflow;

import static org.atelier.core.workflow.Party.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.core.model.Actor;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * The access policy of the scenario contract's "who may" column, as one table of required
 * parties per command. An actor is permitted when it is any one of the required parties.
 *
 * @since 0.1
 */
public final class ContractAccessPolicy implements AccessPolicy {
  static final ContractAccessPolicy INSTANCE = new ContractAccessPolicy();

  private static final Map<Command, Set<Party>> REQUIRED = required();

  private ContractAccessPolicy() {}

  /**
   * The parties of which the actor must be one, per command.
   *
   * @param command the command
   * @return the parties
   */
  public static Set<Party> requiredParties(Command command) {
    return REQUIRED.get(command);
  }

  @Override
  public AccessDecision decide(Actor actor, Command command, Parties parties) {
    Set<Party> required = REQUIRED.get(command);
    String requirement = required.stream().map(p -> describe(p, parties)).collect(Collectors.joining(" or "));
    for (Party party : required) {
      if (is(actor, party, parties)) {
        return AccessDecision.permit(requirement);
      }
    }
    return AccessDecision.refuse(requirement);
  }

  private static boolean is(Actor actor, Party party, Parties parties) {
    return switch (party) {
      case ANY_REQUESTER -> actor.role() == Role.REQUESTER;
      case TASK_REQUESTER -> actor.role() == Role.REQUESTER && actor.id().equals(parties.requester());
      case TASK_MENTOR -> actor.role() == Role.MENTOR && actor.id().equals(parties.mentor());
      case TASK_INTERN -> actor.role() == Role.INTERN && actor.id().equals(parties.intern());
      case PLATFORM -> actor.role() == Role.PLATFORM;
    };
  }

  private static String describe(Party party, Parties parties) {
    return switch (party) {
      case TASK_REQUESTER -> named(party, parties.requester());
      case TASK_MENTOR -> named(party, parties.mentor());
      case TASK_INTERN -> named(party, parties.intern());
      case ANY_REQUESTER, PLATFORM -> party.description();
    };
  }

  private static String named(Party party, @Nullable PersonId who) {
    return party.description() + (who == null ? " (none yet)" : " " + who);
  }

  private static Map<Command, Set<Party>> required() {
    Map<Command, Set<Party>> m = new EnumMap<>(Command.class);
    m.put(Command.POST_TASK, EnumSet.of(ANY_REQUESTER));
    m.put(Command.CHOOSE_MENTOR, EnumSet.of(TASK_REQUESTER));
    m.put(Command.PROPOSE_PLAN, EnumSet.of(TASK_MENTOR));
    m.put(Command.ASSIGN_INTERN, EnumSet.of(TASK_REQUESTER, PLATFORM));
    m.put(Command.ACCEPT_PLAN, EnumSet.of(TASK_INTERN));
    m.put(Command.FUND_ESCROW, EnumSet.of(TASK_REQUESTER));
    m.put(Command.SUBMIT_MILESTONE, EnumSet.of(TASK_INTERN));
    m.put(Command.REQUEST_CHANGES, EnumSet.of(TASK_MENTOR));
    m.put(Command.APPROVE_MILESTONE, EnumSet.of(TASK_MENTOR));
    m.put(Command.ASK_FOR_HELP, EnumSet.of(TASK_INTERN));
    m.put(Command.ANSWER_HELP, EnumSet.of(TASK_MENTOR));
    m.put(Command.RESOLVE_HELP, EnumSet.of(TASK_INTERN));
    m.put(Command.SUBMIT_FINAL, EnumSet.of(TASK_INTERN));
    m.put(Command.DELIVER_TO_REQUESTER, EnumSet.of(TASK_MENTOR));
    m.put(Command.ACCEPT_DELIVERY, EnumSet.of(TASK_REQUESTER));
    m.put(Command.REJECT_DELIVERY, EnumSet.of(TASK_REQUESTER));
    m.put(Command.EXTEND, EnumSet.of(TASK_REQUESTER, PLATFORM));
    m.put(Command.WITHDRAW_INTERN, EnumSet.of(TASK_INTERN, PLATFORM));
    m.put(Command.REPLACE_INTERN, EnumSet.of(TASK_REQUESTER, PLATFORM));
    m.put(Command.MENTOR_TAKEOVER, EnumSet.of(TASK_MENTOR));
    m.put(Command.CANCEL, EnumSet.of(TASK_REQUESTER, PLATFORM));
    m.put(Command.OPEN_DISPUTE, EnumSet.of(TASK_REQUESTER, TASK_MENTOR, TASK_INTERN));
    m.put(Command.RESOLVE_DISPUTE, EnumSet.of(PLATFORM));
    m.put(Command.ENDORSE_SKILLS, EnumSet.of(TASK_MENTOR));
    for (Command c : Command.values()) {
      if (!m.containsKey(c)) {
        throw new IllegalStateException("no access rule for " + c.label());
      }
    }
    return m;
  }
}
