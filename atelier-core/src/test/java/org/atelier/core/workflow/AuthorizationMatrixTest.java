package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.workflow.Fixture.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.model.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command against every role, and against actors of the right role who are parties of
 * another task. The expected matrix is written down here from the scenario contract's "who
 * may" column, independently of the policy's own table.
 */
class AuthorizationMatrixTest {
  /** Who tries. */
  enum Who {
    TASK_REQUESTER(REQ), TASK_MENTOR(MEN), TASK_INTERN(INT), PLATFORM(OPS),
    OTHER_REQUESTER(Actor.requester("req-2")), OTHER_MENTOR(Actor.mentor("men-2")),
    OTHER_INTERN(Actor.intern("int-9"));

    final Actor actor;

    Who(Actor actor) {
      this.actor = actor;
    }
  }

  private static final Map<Command, Set<Who>> CONTRACT = contract();

  @TestFactory
  List<DynamicTest> everyCommandAgainstEveryone() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Command command : Command.values()) {
      for (Who who : Who.values()) {
        tests.add(DynamicTest.dynamicTest(command.label() + " by " + who, () -> cell(command, who)));
      }
    }
    return tests;
  }

  private static void cell(Command command, Who who) {
    if (command == Command.POST_TASK) {
      Fixture f = new Fixture();
      if (CONTRACT.get(command).contains(who)) {
        assertThat(Recipes.attempt(f.flow, command, who.actor).status()).isEqualTo(InternshipStatus.POSTED);
      } else {
        refused(f, command, who, "requires a requester");
      }
      return;
    }
    InternshipStatus status = StateMachines.internship().statesAllowing(command).get(0);
    Fixture f = Recipes.reach(status);
    Recipes.prepare(f, status, command);
    if (CONTRACT.get(command).contains(who)) {
      InternshipView after = Recipes.attempt(f.flow, command, who.actor);
      assertThat(after.version()).isGreaterThan(0);
    } else {
      refused(f, command, who, "requires ");
    }
  }

  private static void refused(Fixture f, Command command, Who who, String requirement) {
    List<TimelineEntry> before = f.flow.find(T1).isPresent() ? f.flow.timeline(T1) : List.of();
    assertThatThrownBy(() -> Recipes.attempt(f.flow, command, who.actor))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PERMITTED))
        .hasMessageContaining(who.actor.toString()).hasMessageContaining(command.label())
        .hasMessageContaining(requirement);
    assertThat(f.flow.find(T1).isPresent() ? f.flow.timeline(T1) : List.of()).isEqualTo(before);
  }

  @Test
  void refusal_namesTheRequiredParty() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    assertThatThrownBy(() -> f.flow.approveMilestone(Actor.mentor("men-2"), T1, M1))
        .hasMessage("men-2 (mentor) may not approveMilestone on task t1: requires the task's mentor men-1");
  }

  @Test
  void hosts_canReplaceThePolicy() {
    Fixture f = new Fixture();
    org.atelier.core.Atelier strict = org.atelier.core.Atelier.newBuilder().clock(f.clock).embeddedDefaults()
        .accessPolicy((actor, command, parties) -> command == Command.CANCEL
            ? AccessDecision.refuse("the platform's approval") : AccessPolicy.contractDefault()
                .decide(actor, command, parties))
        .build();
    strict.internships().postTask(REQ, posting(T1));
    assertThatThrownBy(() -> strict.internships().cancel(REQ, T1))
        .hasMessageContaining("requires the platform's approval");
    assertThat(strict.internships().view(T1).status()).isEqualTo(InternshipStatus.POSTED);
  }

  private static Map<Command, Set<Who>> contract() {
    Map<Command, Set<Who>> m = new EnumMap<>(Command.class);
    Set<Who> requester = EnumSet.of(Who.TASK_REQUESTER);
    Set<Who> mentor = EnumSet.of(Who.TASK_MENTOR);
    Set<Who> intern = EnumSet.of(Who.TASK_INTERN);
    Set<Who> requesterOrPlatform = EnumSet.of(Who.TASK_REQUESTER, Who.PLATFORM);
    m.put(Command.POST_TASK, EnumSet.of(Who.TASK_REQUESTER, Who.OTHER_REQUESTER));
    m.put(Command.CHOOSE_MENTOR, requester);
    m.put(Command.PROPOSE_PLAN, mentor);
    m.put(Command.ASSIGN_INTERN, requesterOrPlatform);
    m.put(Command.ACCEPT_PLAN, intern);
    m.put(Command.FUND_ESCROW, requester);
    m.put(Command.SUBMIT_MILESTONE, intern);
    m.put(Command.REQUEST_CHANGES, mentor);
    m.put(Command.APPROVE_MILESTONE, mentor);
    m.put(Command.ASK_FOR_HELP, intern);
    m.put(Command.ANSWER_HELP, mentor);
    m.put(Command.RESOLVE_HELP, intern);
    m.put(Command.SUBMIT_FINAL, intern);
    m.put(Command.DELIVER_TO_REQUESTER, mentor);
    m.put(Command.ACCEPT_DELIVERY, requester);
    m.put(Command.REJECT_DELIVERY, requester);
    m.put(Command.EXTEND, requesterOrPlatform);
    m.put(Command.WITHDRAW_INTERN, EnumSet.of(Who.TASK_INTERN, Who.PLATFORM));
    m.put(Command.REPLACE_INTERN, requesterOrPlatform);
    m.put(Command.MENTOR_TAKEOVER, mentor);
    m.put(Command.CANCEL, requesterOrPlatform);
    m.put(Command.OPEN_DISPUTE, EnumSet.of(Who.TASK_REQUESTER, Who.TASK_MENTOR, Who.TASK_INTERN));
    m.put(Command.RESOLVE_DISPUTE, EnumSet.of(Who.PLATFORM));
    m.put(Command.ENDORSE_SKILLS, mentor);
    return m;
  }
}
