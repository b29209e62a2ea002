package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.model.Actor;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.plan.MilestoneSpec;
import org.junit.jupiter.api.Test;

/** Refusals name what was wrong and what would have been accepted, and change nothing. */
class WorkflowRefusalsTest {

  private static void refused(Fixture f, Runnable command, ErrorCode code, String... fragments) {
    List<TimelineEntry> before = f.flow.timeline(T1);
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(code))
        .message().contains(fragments);
    assertThat(f.flow.timeline(T1)).isEqualTo(before);
  }

  @Test
  void approve_rejectsUnsubmittedMilestone() {
    Fixture f = new Fixture().inProgress();
    refused(f, () -> f.flow.approveMilestone(MEN, T1, M1), ErrorCode.ILLEGAL_TRANSITION,
        "approveMilestone does not fit milestone m1 of task t1 in status PLANNED; it is allowed in SUBMITTED,",
        "or in PLANNED only when: mentor took over");
  }

  @Test
  void submit_requiresItsDependenciesApproved() {
    Fixture f = new Fixture().inProgress();
    refused(f, () -> f.flow.submitMilestone(INT, T1, M2, ""), ErrorCode.ILLEGAL_TRANSITION,
        "milestone m2 of task t1 depends on m1, which is PLANNED; expected it APPROVED");
  }

  @Test
  void approveAfterTakeover_requiresItsDependenciesApproved() {
    Fixture f = new Fixture().inProgress();
    f.flow.mentorTakeover(MEN, T1);
    refused(f, () -> f.flow.approveMilestone(MEN, T1, M2), ErrorCode.ILLEGAL_TRANSITION,
        "milestone m2 of task t1 depends on m1, which is PLANNED; expected it APPROVED before m2 is approved");
    assertThat(f.balance("men-1")).isEqualTo("0.00");
    // In dependency order the mentor approves (and earns) each one.
    f.flow.approveMilestone(MEN, T1, M1);
    assertThat(f.flow.approveMilestone(MEN, T1, M2).milestone(M2).orElseThrow().status())
        .isEqualTo(MilestoneStatus.APPROVED);
    refused(f, () -> f.flow.approveMilestone(MEN, T1, M2), ErrorCode.ILLEGAL_TRANSITION,
        "approveMilestone does not fit milestone m2 of task t1 in status APPROVED");
  }

  @Test
  void submitAfterCancellation_isAnIllegalTransition() {
    Fixture f = new Fixture().inProgress();
    f.flow.cancel(REQ, T1);
    refused(f, () -> f.flow.submitMilestone(INT, T1, M1, ""), ErrorCode.ILLEGAL_TRANSITION,
        "submitMilestone does not fit task t1 in status CANCELLED");
    refused(f, () -> f.flow.approveMilestone(MEN, T1, M1), ErrorCode.ILLEGAL_TRANSITION,
        "in status CANCELLED; it is allowed in IN_PROGRESS");
  }

  @Test
  void proposePlan_refusesABadPlanNamingTheMilestone_andKeepsTheOldPlan() {
    Fixture f = new Fixture();
    f.flow.postTask(REQ, posting(T1));
    f.flow.chooseMentor(REQ, T1, MEN);
    f.flow.proposePlan(MEN, T1, plan());
    List<MilestoneSpec> late = List.of(MilestoneSpec.of(M1, "All", 100, DEADLINE.plusSeconds(3600), List.of()));
    refused(f, () -> f.flow.proposePlan(MEN, T1, late), ErrorCode.VALIDATION,
        "milestone m1 is due 2026-03-30T01:00:00Z, after the task deadline");
    assertThat(f.flow.view(T1).planVersion()).isEqualTo(1);
  }

  @Test
  void unknownMilestoneAndHelpRequest_areNotFound_andRepeatedIdsAreDuplicates() {
    Fixture f = new Fixture().inProgress();
    refused(f, () -> f.flow.submitMilestone(INT, T1, MilestoneId.of("m9"), ""), ErrorCode.NOT_FOUND,
        "task t1 has no milestone m9; its milestones are m1, m2, m3");
    refused(f, () -> f.flow.answerHelp(MEN, T1, H1, "x"), ErrorCode.NOT_FOUND, "no help request h1");
    f.flow.askForHelp(INT, T1, H1, "q");
    refused(f, () -> f.flow.askForHelp(INT, T1, H1, "again"), ErrorCode.DUPLICATE, "already has help request h1");
    refused(f, () -> f.flow.postTask(REQ, posting(T1)), ErrorCode.DUPLICATE, "task t1 already exists");
  }

  @Test
  void blankFeedbackAndWrongKindOfPerson_areValidationErrors() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    refused(f, () -> f.flow.requestChanges(MEN, T1, M1, " ", List.of()), ErrorCode.VALIDATION,
        "feedback must not be blank");
    refused(f, () -> f.flow.replaceIntern(REQ, T1, Actor.mentor("men-2")), ErrorCode.VALIDATION,
        "does not act as a intern");
    refused(f, () -> f.flow.extend(REQ, T1, Duration.ZERO), ErrorCode.VALIDATION, "expected a positive duration");
    refused(f, () -> f.flow.resolveDispute(OPS, T1, 10), ErrorCode.ILLEGAL_TRANSITION, "allowed in DISPUTED");
  }

  @Test
  void fundingTwice_andAcceptingTwice_areRefused() {
    Fixture f = new Fixture().inProgress();
    refused(f, () -> f.flow.fundEscrow(REQ, T1), ErrorCode.ILLEGAL_TRANSITION, "allowed in POSTED, MENTOR_CHOSEN");
    Fixture g = new Fixture();
    g.flow.postTask(REQ, posting(T1));
    g.flow.fundEscrow(REQ, T1);
    refused(g, () -> g.flow.fundEscrow(REQ, T1), ErrorCode.ILLEGAL_TRANSITION, "already funded with 1000.00");
  }

  @Test
  void extend_shiftsTheDeadlineAndEveryOpenDueDate_butNotApprovedOnes() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.approveMilestone(MEN, T1, M1);
    InternshipView view = f.flow.extend(OPS, T1, Duration.ofDays(3));
    assertThat(view.task().deadline()).isEqualTo(Instant.parse("2026-04-02T00:00:00Z"));
    assertThat(view.milestone(M1).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    assertThat(view.milestone(M2).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-19T00:00:00Z"));
    assertThat(view.milestone(M3).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-26T00:00:00Z"));
  }

  @Test
  void planRevision_needsANewAcceptance() {
    Fixture f = new Fixture();
    f.flow.postTask(REQ, posting(T1));
    f.flow.chooseMentor(REQ, T1, MEN);
    f.flow.proposePlan(MEN, T1, plan());
    f.flow.assignIntern(REQ, T1, INT);
    f.flow.acceptPlan(INT, T1);
    f.flow.proposePlan(MEN, T1, plan());
    assertThat(f.flow.fundEscrow(REQ, T1).status()).isEqualTo(InternshipStatus.PLANNED);
    assertThat(f.flow.acceptPlan(INT, T1).status()).isEqualTo(InternshipStatus.IN_PROGRESS);
    assertThat(f.flow.awaiting(INT)).containsExactly(new AwaitingItem(T1, Command.SUBMIT_MILESTONE, "m1"));
  }
}
