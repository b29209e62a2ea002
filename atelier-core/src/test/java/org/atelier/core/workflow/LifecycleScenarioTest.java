package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.util.List;
import org.atelier.core.model.Skill;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.spi.Money;
import org.atelier.spi.notify.Notification;
import org.junit.jupiter.api.Test;

/**
 * The paper's four steps end to end: (1) the requester posts a task and picks a mentor,
 * (2) the mentor breaks it into milestones from a template, (3) the intern works through
 * them with reviews, a change request, a help request and a stall nudge, and (4) the intern
 * hands in the final product, which the mentor delivers and the requester accepts.
 */
class LifecycleScenarioTest {

  @Test
  void fourSteps_withAChangeRequestAHelpRequestAndAStallNudge() {
    Fixture f = new Fixture();
    Internships x = f.flow;

    // 1. Post and choose the mentor.
    x.postTask(REQ, posting(T1));
    x.chooseMentor(REQ, T1, MEN);
    assertThat(x.awaiting(MEN)).containsExactly(new AwaitingItem(T1, Command.PROPOSE_PLAN, "t1"));

    // 2. Break the task into milestones: instantiate a template, edit it, propose, revise.
    List<MilestoneSpec> plan = x.templates().get("web-feature").instantiate(x.now(), DEADLINE);
    x.proposePlan(MEN, T1, plan);
    x.assignIntern(OPS, T1, INT);
    List<MilestoneSpec> revised = List.of(plan.get(0).withShare(20), plan.get(1).withShare(25), plan.get(2),
        plan.get(3));
    assertThat(x.proposePlan(MEN, T1, revised).planVersion()).isEqualTo(2);
    x.acceptPlan(INT, T1);
    assertThat(x.view(T1).status()).isEqualTo(InternshipStatus.PLANNED);
    assertThat(x.fundEscrow(REQ, T1).status()).isEqualTo(InternshipStatus.IN_PROGRESS);

    // 3. Work: a stall nudge, a help request, a change request, approvals.
    f.advance(Duration.ofHours(48));
    assertThat(x.notifications()).extracting(Notification::kind).contains("STALL_NUDGE", "INTERN_STALLED");
    x.askForHelp(INT, T1, H1, "Which framework for the screens?");
    assertThat(x.awaiting(MEN)).contains(new AwaitingItem(T1, Command.ANSWER_HELP, "h1"));
    x.answerHelp(MEN, T1, H1, "The one the codebase uses already.");
    x.resolveHelp(INT, T1, H1);
    x.submitMilestone(INT, T1, plan.get(0).id(), "screens and API sketch");
    x.requestChanges(MEN, T1, plan.get(0).id(), "Name the error cases.",
        List.of(FeedbackTag.BEST_PRACTICE, FeedbackTag.SCOPE));
    x.submitMilestone(INT, T1, plan.get(0).id(), "error cases named");
    x.approveMilestone(MEN, T1, plan.get(0).id(), "Good.", List.of(FeedbackTag.STYLE));
    for (MilestoneSpec m : plan.subList(1, plan.size())) {
      f.advance(Duration.ofHours(20));
      x.submitMilestone(INT, T1, m.id(), "");
      x.approveMilestone(MEN, T1, m.id());
    }

    // 4. Hand in, deliver, accept; endorse the skills shown.
    x.submitFinal(INT, T1, "PR #42");
    assertThat(x.awaiting(MEN)).containsExactly(new AwaitingItem(T1, Command.DELIVER_TO_REQUESTER, "t1"));
    x.deliverToRequester(MEN, T1, "Reviewed and tested.");
    assertThat(x.awaiting(REQ)).containsExactly(new AwaitingItem(T1, Command.ACCEPT_DELIVERY, "t1"));
    x.endorseSkills(MEN, T1, List.of(Skill.of("java", 3), Skill.of("css", 2)));
    InternshipView done = x.acceptDelivery(REQ, T1);

    assertThat(done.status()).isEqualTo(InternshipStatus.COMPLETED);
    assertThat(done.milestones()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.APPROVED));
    assertThat(done.milestones().get(0).revisions()).isEqualTo(1);
    assertThat(done.milestones().get(0).reviews()).extracting(Review::outcome)
        .containsExactly(ReviewOutcome.CHANGES_REQUESTED, ReviewOutcome.APPROVED);
    assertThat(done.escrowBalance()).isEqualTo(Money.parse("0.00", "USD"));
    assertThat(f.balance("int-1")).isEqualTo("700.00");
    assertThat(f.balance("men-1")).isEqualTo("200.00");
    assertThat(f.balance("platform")).isEqualTo("100.00");
    assertThat(f.balance("req-1")).isEqualTo("-1000.00");

    LearningRecord record = x.learningRecord(INT.id());
    assertThat(record.entries()).singleElement().satisfies(e -> {
      assertThat(e.endorsedSkills()).containsExactly(Skill.of("css", 2), Skill.of("java", 3));
      assertThat(e.milestones()).hasSize(4);
    });
    assertThat(record.toJson()).startsWith("{\n  \"format\" : \"atelier-learning-record/1\",")
        .contains("\"outcome\" : \"CHANGES_REQUESTED\"", "\"BEST_PRACTICE\"", "\"css\" : 2")
        .isEqualTo(x.learningRecord(INT.id()).toJson());
    assertThat(x.ofIntern(INT.id())).extracting(InternshipView::id).containsExactly(T1);
    assertThat(x.ofMentor(MEN.id())).hasSize(1);
    assertThat(x.timeline(T1)).filteredOn(TimelineEntry::isWorkflowFact).extracting(TimelineEntry::type)
        .startsWith("TaskPosted", "MentorChosen", "PlanProposed", "InternAssigned", "PlanProposed", "PlanAccepted",
            "EscrowFunded", "StallNudged")
        .endsWith("FinalSubmitted", "DeliveredToRequester", "SkillsEndorsed", "DeliveryAccepted");
  }

  @Test
  void sameCommandsOnTheSameClock_giveTheSameEventsNotificationsAndKeys() {
    Fixture a = run();
    Fixture b = run();
    assertThat(a.flow.timeline()).isEqualTo(b.flow.timeline());
    assertThat(a.flow.notifications()).isEqualTo(b.flow.notifications());
    assertThat(a.flow.paymentInstructions()).isEqualTo(b.flow.paymentInstructions());
    assertThat(a.flow.notifications()).extracting(Notification::dedupeKey).doesNotHaveDuplicates();
    assertThat(a.flow.paymentInstructions()).extracting(p -> p.idempotencyKey()).doesNotHaveDuplicates();
  }

  private static Fixture run() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.advance(Duration.ofHours(80));
    f.flow.submitMilestone(INT, T1, M2, "");
    f.flow.approveMilestone(MEN, T1, M2);
    f.flow.cancel(REQ, T1);
    return f;
  }
}
