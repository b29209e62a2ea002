package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (status, command) pair of the milestone machine (with and without a mentor takeover)
 * and of the help-request machine: the command reaches the status the table names, or it is
 * refused and changes nothing.
 */
class MilestoneAndHelpTableTest {
  private static final List<Command> MILESTONE_COMMANDS =
      List.of(Command.SUBMIT_MILESTONE, Command.REQUEST_CHANGES, Command.APPROVE_MILESTONE);
  private static final List<Command> HELP_COMMANDS =
      List.of(Command.ASK_FOR_HELP, Command.ANSWER_HELP, Command.RESOLVE_HELP);

  @TestFactory
  List<DynamicTest> everyMilestoneStatusAndCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MilestoneStatus status : MilestoneStatus.values()) {
      for (boolean takeover : List.of(false, true)) {
        if (takeover && status == MilestoneStatus.SUBMITTED) {
          continue; // a takeover sends submissions back to PLANNED, so this pair cannot occur
        }
        for (Command command : MILESTONE_COMMANDS) {
          tests.add(DynamicTest.dynamicTest(status + (takeover ? " after takeover" : "") + " x " + command.label(),
              () -> milestoneCell(status, takeover, command)));
        }
      }
    }
    return tests;
  }

  private static Fixture milestoneIn(MilestoneStatus status, boolean takeover) {
    Fixture f = new Fixture().inProgress();
    Internships x = f.flow;
    switch (status) {
      case PLANNED -> { }
      case SUBMITTED -> x.submitMilestone(INT, T1, M1, "");
      case CHANGES_REQUESTED -> {
        x.submitMilestone(INT, T1, M1, "");
        x.requestChanges(MEN, T1, M1, "again", List.of());
      }
      case APPROVED -> {
        x.submitMilestone(INT, T1, M1, "");
        x.approveMilestone(MEN, T1, M1);
      }
      case CANCELLED -> { }
    }
    if (takeover) {
      x.mentorTakeover(MEN, T1);
    }
    if (status == MilestoneStatus.CANCELLED) {
      x.cancel(REQ, T1);
    }
    assertThat(x.view(T1).milestone(M1).orElseThrow().status()).isEqualTo(status);
    return f;
  }

  private static void milestoneCell(MilestoneStatus status, boolean takeover, Command command) {
    Fixture f = milestoneIn(status, takeover);
    InternshipView before = f.flow.view(T1);
    int events = f.flow.timeline(T1).size();
    Transition<MilestoneStatus> row = StateMachines.milestone().select(status, command, g -> Recipes.holds(g, before));
    ErrorCode expected = command == Command.SUBMIT_MILESTONE && takeover ? ErrorCode.NOT_PERMITTED
        : before.status() != InternshipStatus.IN_PROGRESS || row == null ? ErrorCode.ILLEGAL_TRANSITION : null;
    Runnable attempt = () -> {
      switch (command) {
        case SUBMIT_MILESTONE -> f.flow.submitMilestone(INT, T1, M1, "");
        case REQUEST_CHANGES -> f.flow.requestChanges(MEN, T1, M1, "again", List.of());
        default -> f.flow.approveMilestone(MEN, T1, M1);
      }
    };
    if (expected == null) {
      attempt.run();
      assertThat(f.flow.view(T1).milestone(M1).orElseThrow().status()).isEqualTo(row.to());
    } else {
      assertThatThrownBy(attempt::run)
          .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(expected));
      assertThat(f.flow.view(T1)).isEqualTo(before);
      assertThat(f.flow.timeline(T1)).hasSize(events);
    }
  }

  @TestFactory
  List<DynamicTest> everyHelpStatusAndCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (HelpStatus status : HelpStatus.values()) {
      for (Command command : HELP_COMMANDS) {
        tests.add(DynamicTest.dynamicTest(status + " x " + command.label(), () -> helpCell(status, command)));
      }
    }
    return tests;
  }

  private static void helpCell(HelpStatus status, Command command) {
    Fixture f = new Fixture().inProgress();
    f.flow.askForHelp(INT, T1, H1, "which dialect?");
    switch (status) {
      case OPEN -> { }
      case ANSWERED -> f.flow.answerHelp(MEN, T1, H1, "RFC 4180");
      case ESCALATED -> f.advance(Duration.ofHours(24));
      case RESOLVED -> f.flow.resolveHelp(INT, T1, H1);
    }
    InternshipView before = f.flow.view(T1);
    assertThat(before.helpRequest(H1).orElseThrow().status()).isEqualTo(status);
    int events = f.flow.timeline(T1).size();
    Transition<HelpStatus> row = StateMachines.help().select(status, command, g -> true);
    Runnable attempt = () -> {
      switch (command) {
        case ASK_FOR_HELP -> f.flow.askForHelp(INT, T1, H1, "again?");
        case ANSWER_HELP -> f.flow.answerHelp(MEN, T1, H1, "see the RFC");
        default -> f.flow.resolveHelp(INT, T1, H1);
      }
    };
    ErrorCode expected = command == Command.ASK_FOR_HELP ? ErrorCode.DUPLICATE
        : row == null ? ErrorCode.ILLEGAL_TRANSITION : null;
    if (expected == null) {
      attempt.run();
      assertThat(f.flow.view(T1).helpRequest(H1).orElseThrow().status()).isEqualTo(row.to());
    } else {
      assertThatThrownBy(attempt::run)
          .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(expected));
      assertThat(f.flow.view(T1)).isEqualTo(before);
      assertThat(f.flow.timeline(T1)).hasSize(events);
    }
  }
}
