package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.model.PersonId;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.HelpStatus;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.StateMachines;
import org.atelier.core.workflow.TimeRule;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.*;
import org.jspecify.annotations.Nullable;

/**
 * The time rules: when each comes due for one internship, and what it does when it fires.
 * A rule is due only while the internship's table (and the milestone's or help request's)
 * allows its trigger, so the tables decide here too.
 */
public final class TimeRules {
  /** The actor that time rules act as, in event metadata and reviews. */
  public static final PersonId CLOCK = PersonId.of("atelier");

  private TimeRules() {}

  /** Every rule pending for the internship, in firing order (some may lie in the future). */
  static List<DueWork> pending(InternshipState s, WorkflowPolicy policy) {
    List<DueWork> due = new ArrayList<>();
    if (!s.exists()) {
      return due;
    }
    InternshipStatus status = s.status();
    if (StateMachines.internship().allows(status, TimeRule.REVIEW_TIMEOUT)) {
      for (MilestoneState m : s.milestones.values()) {
        if (m.status() == MilestoneStatus.SUBMITTED && m.submittedAt() != null) {
          due.add(new DueWork(m.submittedAt().plus(policy.period(TimeRule.REVIEW_TIMEOUT)), s.taskId,
              TimeRule.REVIEW_TIMEOUT, m.id()));
        }
      }
    }
    if (StateMachines.internship().allows(status, TimeRule.ACCEPTANCE_TIMEOUT) && s.deliveredAt != null) {
      due.add(new DueWork(s.deliveredAt.plus(policy.period(TimeRule.ACCEPTANCE_TIMEOUT)), s.taskId,
          TimeRule.ACCEPTANCE_TIMEOUT, s.taskId));
    }
    if (StateMachines.internship().allows(status, TimeRule.HELP_ESCALATION)) {
      for (HelpState h : s.help.values()) {
        if (StateMachines.help().allows(h.status(), TimeRule.HELP_ESCALATION)) {
          due.add(new DueWork(h.askedAt().plus(policy.period(TimeRule.HELP_ESCALATION)), s.taskId,
              TimeRule.HELP_ESCALATION, h.id()));
        }
      }
    }
    // One nudge per stall: after a nudge, the next one waits for the intern to act again. A
    // repeating nudge would also make a long advance fire without bound.
    Instant stallBase = later(s.lastInternActivity, s.internWorkSince);
    boolean nudgedThisStall = s.lastNudge != null && stallBase != null && !s.lastNudge.isBefore(stallBase);
    if (StateMachines.internship().allows(status, TimeRule.STALL_NUDGE) && s.intern != null && !s.mentorTookOver
        && stallBase != null && !nudgedThisStall && s.internHasWork()) {
      due.add(new DueWork(stallBase.plus(policy.period(TimeRule.STALL_NUDGE)), s.taskId, TimeRule.STALL_NUDGE,
          s.intern.value()));
    }
    if (StateMachines.internship().allows(status, TimeRule.MILESTONE_OVERDUE)) {
      for (MilestoneState m : s.milestones.values()) {
        if (StateMachines.milestone().allows(m.status(), TimeRule.MILESTONE_OVERDUE)
            && !m.spec().due().equals(m.overdueReportedFor())) {
          due.add(new DueWork(m.spec().due(), s.taskId, TimeRule.MILESTONE_OVERDUE, m.id()));
        }
      }
    }
    due.sort(null);
    return due;
  }

  /** The first rule due at or before {@code until}, if any. */
  static @Nullable DueWork next(InternshipState s, WorkflowPolicy policy, Instant until) {
    List<DueWork> due = pending(s, policy);
    return due.isEmpty() || due.get(0).at().isAfter(until) ? null : due.get(0);
  }

  /** Fires a rule; empty if the state no longer has it pending at that instant. */
  static List<InternshipEvent> fire(InternshipState s, DueWork work, WorkflowPolicy policy, SplitPolicy split) {
    if (!pending(s, policy).contains(work)) {
      return List.of();
    }
    Instant at = work.at();
    Outcome out = new Outcome(s, policy);
    return switch (work.rule()) {
      case REVIEW_TIMEOUT -> WorkDecisions.approve(s, s.milestones.get(work.subject()), true,
          "approved automatically after " + policy.reviewTimeoutHours() + " hours without a review", List.of(),
          CLOCK, at, policy, split);
      case ACCEPTANCE_TIMEOUT -> WorkDecisions.accept(s, true, CLOCK, at, policy, split);
      case HELP_ESCALATION -> out.fact(new HelpEscalated(work.subject(), at)).events();
      case STALL_NUDGE -> out.fact(new StallNudged(work.subject(), at)).events();
      case MILESTONE_OVERDUE -> out.fact(new MilestoneOverdue(work.subject(),
          s.milestones.get(work.subject()).spec().due(), at)).events();
    };
  }

  private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
