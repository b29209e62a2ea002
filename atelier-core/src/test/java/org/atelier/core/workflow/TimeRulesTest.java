package org.atelier.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.notify.Notification;
import org.junit.jupiter.api.Test;

/** The time rules, against a clock the test moves. Nothing fires until advanceTo is called. */
class TimeRulesTest {

  private static List<String> kinds(Fixture f, String recipient) {
    return f.flow.notifications().stream().filter(n -> n.recipient().equals(recipient)).map(Notification::kind)
        .toList();
  }

  @Test
  void reviewTimeout_approvesAndPaysAnUndecidedSubmission_atTheInstantItCameDue() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    Instant submitted = f.flow.now();
    f.clock.advance(Duration.ofHours(71));
    assertThat(f.flow.advanceTo(f.clock.instant())).noneMatch(r -> r.rule() == TimeRule.REVIEW_TIMEOUT);
    f.clock.advance(Duration.ofHours(5));
    List<FiredRule> fired = f.flow.advanceTo(f.clock.instant());
    assertThat(fired).contains(new FiredRule(T1, TimeRule.REVIEW_TIMEOUT, "m1", submitted.plus(Duration.ofHours(72))));
    MilestoneView m1 = f.flow.view(T1).milestone(M1).orElseThrow();
    assertThat(m1.status()).isEqualTo(MilestoneStatus.APPROVED);
    assertThat(m1.reviews()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(ReviewOutcome.AUTO_APPROVED);
      assertThat(r.at()).isEqualTo(submitted.plus(Duration.ofHours(72)));
    });
    assertThat(f.balance("int-1")).isEqualTo("210.00");
    assertThat(f.flow.timeline(T1)).filteredOn(e -> e.type().equals("MilestoneApproved"))
        .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("atelier"));
  }

  @Test
  void acceptanceTimeout_completesAnUndecidedDelivery_andReleasesWhatIsLeft() {
    Fixture f = new Fixture().inProgress();
    Recipes.approveAll(f);
    f.flow.submitFinal(INT, T1, "");
    f.flow.deliverToRequester(MEN, T1, "");
    f.advance(Duration.ofHours(167));
    assertThat(f.flow.view(T1).status()).isEqualTo(InternshipStatus.DELIVERED);
    f.advance(Duration.ofHours(1));
    assertThat(f.flow.view(T1).status()).isEqualTo(InternshipStatus.COMPLETED);
    assertThat(f.balance("escrow:t1")).isEqualTo("0.00");
    assertThat(kinds(f, "req-1")).contains("DELIVERY_AUTO_ACCEPTED");
  }

  @Test
  void helpEscalation_escalatesAnUnansweredRequest_andTellsThePlatform() {
    Fixture f = new Fixture(WorkflowPolicy.defaults().withPlatformRecipient("ops")).inProgress();
    f.flow.askForHelp(INT, T1, H1, "which dialect?");
    f.advance(Duration.ofHours(24));
    HelpRequestView h1 = f.flow.view(T1).helpRequest(H1).orElseThrow();
    assertThat(h1.status()).isEqualTo(HelpStatus.ESCALATED);
    assertThat(kinds(f, "ops")).containsExactly("HELP_ESCALATED");
    f.flow.answerHelp(MEN, T1, H1, "RFC 4180");
    assertThat(f.flow.view(T1).helpRequest(H1).orElseThrow().status()).isEqualTo(HelpStatus.ANSWERED);
  }

  @Test
  void helpAnsweredInTime_isNotEscalated() {
    Fixture f = new Fixture().inProgress();
    f.flow.askForHelp(INT, T1, H1, "which dialect?");
    f.advance(Duration.ofHours(23));
    f.flow.answerHelp(MEN, T1, H1, "RFC 4180");
    f.advance(Duration.ofHours(48));
    assertThat(f.flow.view(T1).helpRequest(H1).orElseThrow().escalated()).isFalse();
  }

  @Test
  void stallNudge_tellsTheInternAndTheMentor_oncePerStall() {
    Fixture f = new Fixture().inProgress();
    f.advance(Duration.ofHours(47));
    assertThat(kinds(f, "int-1")).doesNotContain("STALL_NUDGE");
    f.advance(Duration.ofHours(1));
    assertThat(kinds(f, "int-1")).containsOnlyOnce("STALL_NUDGE");
    assertThat(kinds(f, "men-1")).containsOnlyOnce("INTERN_STALLED");
    f.advance(Duration.ofHours(480));
    assertThat(kinds(f, "int-1")).containsOnlyOnce("STALL_NUDGE");
    f.flow.askForHelp(INT, T1, H1, "back at it: where was I?");
    f.advance(Duration.ofHours(48));
    assertThat(kinds(f, "int-1").stream().filter("STALL_NUDGE"::equals)).hasSize(2);
  }

  @Test
  void advanceTo_farFuture_firesEachRuleABoundedNumberOfTimes() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.flow.askForHelp(INT, T1, H1, "anyone?");
    f.advance(Duration.ofDays(365L * 1000));
    assertThat(f.flow.timeline(T1)).hasSizeLessThan(100);
    assertThat(kinds(f, "int-1").stream().filter("STALL_NUDGE"::equals)).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void stallNudge_waitsWhileTheOnlyMilestoneInFlightIsSubmitted_andCountsFromWhenTheInternHasWorkAgain() {
    Fixture f = new Fixture(WorkflowPolicy.defaults().withHours(1000, 168, 24, 48)).inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    // m1 waits for the mentor; m2 and m3 depend on it, so the intern has nothing to do.
    f.advance(Duration.ofHours(100));
    assertThat(kinds(f, "int-1")).doesNotContain("STALL_NUDGE");
    assertThat(kinds(f, "men-1")).doesNotContain("INTERN_STALLED");
    f.flow.approveMilestone(MEN, T1, M1);
    Instant handedBack = f.flow.now();
    // m2 is ready now: the stall clock starts at the approval, not at the old submission.
    f.advance(Duration.ofHours(47));
    assertThat(kinds(f, "int-1")).doesNotContain("STALL_NUDGE");
    f.advance(Duration.ofHours(1));
    assertThat(f.flow.timeline(T1)).filteredOn(e -> e.type().equals("StallNudged")).singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(handedBack.plus(Duration.ofHours(48))));
    assertThat(kinds(f, "men-1")).containsOnlyOnce("INTERN_STALLED");
  }

  @Test
  void stallNudge_isResetByInternActivity() {
    Fixture f = new Fixture().inProgress();
    f.advance(Duration.ofHours(40));
    f.flow.askForHelp(INT, T1, H1, "where do I start?");
    f.advance(Duration.ofHours(40));
    assertThat(kinds(f, "int-1")).doesNotContain("STALL_NUDGE");
  }

  @Test
  void extend_movesOnlyDueDatesStillAhead_soAPassedMilestoneIsNotReportedOverdueTwice() {
    Fixture f = new Fixture(WorkflowPolicy.defaults().withHours(72, 168, 24, 10_000)).inProgress();
    f.clock.set(Instant.parse("2026-03-09T01:00:00Z"));
    List<FiredRule> fired = new java.util.ArrayList<>(f.flow.advanceTo(f.clock.instant()));
    assertThat(fired).containsExactly(
        new FiredRule(T1, TimeRule.MILESTONE_OVERDUE, "m1", Instant.parse("2026-03-09T00:00:00Z")));
    assertThat(kinds(f, "int-1")).containsOnlyOnce("MILESTONE_OVERDUE");

    InternshipView extended = f.flow.extend(REQ, T1, Duration.ofDays(1));
    assertThat(extended.task().deadline()).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
    // m1's due date had passed when the task was extended: it stays; m2 and m3 lie ahead and move by a day.
    assertThat(extended.milestone(M1).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    assertThat(extended.milestone(M2).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-17T00:00:00Z"));
    assertThat(extended.milestone(M3).orElseThrow().spec().due()).isEqualTo(Instant.parse("2026-03-24T00:00:00Z"));

    f.clock.set(Instant.parse("2026-03-16T12:00:00Z"));
    assertThat(f.flow.advanceTo(f.clock.instant())).isEmpty();
    f.clock.set(Instant.parse("2026-03-17T01:00:00Z"));
    fired.addAll(f.flow.advanceTo(f.clock.instant()));
    assertThat(fired).containsExactly(
        new FiredRule(T1, TimeRule.MILESTONE_OVERDUE, "m1", Instant.parse("2026-03-09T00:00:00Z")),
        new FiredRule(T1, TimeRule.MILESTONE_OVERDUE, "m2", Instant.parse("2026-03-17T00:00:00Z")));
    assertThat(f.flow.timeline(T1)).filteredOn(e -> e.type().equals("MilestoneOverdue")).hasSize(2);
  }

  @Test
  void advanceTo_firesDueRulesInTimeOrder() {
    Fixture f = new Fixture(WorkflowPolicy.defaults().withHours(5, 168, 3, 10_000)).inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.clock.advance(Duration.ofHours(1));
    f.flow.askForHelp(INT, T1, H1, "q");
    f.clock.advance(Duration.ofHours(10));
    List<FiredRule> fired = f.flow.advanceTo(f.clock.instant());
    assertThat(fired).extracting(FiredRule::rule).containsExactly(TimeRule.HELP_ESCALATION, TimeRule.REVIEW_TIMEOUT);
    assertThat(fired.get(0).at()).isBefore(fired.get(1).at());
  }

  @Test
  void advanceTo_refusesGoingBackInTime() {
    Fixture f = new Fixture();
    f.flow.advanceTo(START.plusSeconds(60));
    assertThatThrownBy(() -> f.flow.advanceTo(START))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    assertThat(f.flow.now()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void nothingFires_withoutAnExplicitAdvance() {
    Fixture f = new Fixture().inProgress();
    f.flow.submitMilestone(INT, T1, M1, "");
    f.clock.advance(Duration.ofDays(30));
    assertThat(f.flow.view(T1).milestone(M1).orElseThrow().status()).isEqualTo(MilestoneStatus.SUBMITTED);
  }
}
