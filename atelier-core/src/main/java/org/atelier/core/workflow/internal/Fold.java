package org.atelier.core.workflow.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Task;
import org.atelier.core.payment.Allocation;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.plan.Plan;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.HelpStatus;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.Review;
import org.atelier.core.workflow.ReviewOutcome;
import org.atelier.core.workflow.Submission;
import org.atelier.core.workflow.TimeRule;
import org.atelier.core.workflow.Transition;
import org.atelier.core.workflow.Trigger;
import org.atelier.core.workflow.internal.InternshipEvent.*;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * Folds events into {@link InternshipState}. Every status change goes through the
 * transition tables of {@link org.atelier.core.workflow.StateMachines}: the fold looks up the
 * row of the event's trigger in the state before the event, exactly as the decision did.
 */
final class Fold {
  private Fold() {}

  static InternshipState evolve(InternshipState before, InternshipEvent event) {
    InternshipState s = before.copy();
    s.version = before.version + 1;
    if (event instanceof TaskPosted e) {
      s.task = new Task(org.atelier.core.model.TaskId.of(e.task()), e.title(), e.description(), e.budget(),
          e.deadline(), e.requiredSkills(), PersonId.of(e.requester()), e.sourceReference());
      move(s, before, Command.POST_TASK);
    } else if (event instanceof MentorChosen e) {
      move(s, before, Command.CHOOSE_MENTOR);
      s.mentor = PersonId.of(e.mentor());
    } else if (event instanceof PlanProposed e) {
      move(s, before, Command.PROPOSE_PLAN);
      List<MilestoneSpec> specs = e.milestones().stream().map(PlannedMilestone::toSpec).toList();
      Plan plan = new Plan(e.version(), specs);
      s.plan = plan;
      List<Money> amounts = Allocation.largestRemainder(s.task().budget(), plan.shares());
      s.milestones.clear();
      for (int i = 0; i < specs.size(); i++) {
        MilestoneStatus initial = target(before.milestoneRow(null, Command.PROPOSE_PLAN), "milestone", null);
        s.milestones.put(specs.get(i).id().value(), MilestoneState.planned(specs.get(i), initial, amounts.get(i)));
      }
    } else if (event instanceof InternAssigned e) {
      move(s, before, Command.ASSIGN_INTERN);
      s.intern = PersonId.of(e.intern());
    } else if (event instanceof PlanAccepted e) {
      move(s, before, Command.ACCEPT_PLAN);
      s.acceptedVersion = e.version();
    } else if (event instanceof EscrowFunded e) {
      move(s, before, Command.FUND_ESCROW);
      s.funded = true;
    } else if (event instanceof MilestoneSubmitted e) {
      move(s, before, Command.SUBMIT_MILESTONE);
      MilestoneState m = moveMilestone(s, before, e.milestone(), Command.SUBMIT_MILESTONE);
      s.milestones.put(e.milestone(), m.submitted(new Submission(e.submission(), e.note(), PersonId.of(e.by()),
          e.at())));
      s.lastInternActivity = e.at();
    } else if (event instanceof ChangesRequested e) {
      move(s, before, Command.REQUEST_CHANGES);
      MilestoneState m = moveMilestone(s, before, e.milestone(), Command.REQUEST_CHANGES);
      s.milestones.put(e.milestone(), m.reviewed(new Review(m.submissions().size(), ReviewOutcome.CHANGES_REQUESTED,
          e.feedback(), e.tags(), PersonId.of(e.by()), e.at()), true));
    } else if (event instanceof MilestoneApproved e) {
      Trigger trigger = e.automatic() ? TimeRule.REVIEW_TIMEOUT : Command.APPROVE_MILESTONE;
      move(s, before, trigger);
      MilestoneState m = moveMilestone(s, before, e.milestone(), trigger);
      int submission = before.milestones.get(e.milestone()).status() == MilestoneStatus.SUBMITTED
          ? m.submissions().size() : 0;
      s.milestones.put(e.milestone(), m.reviewed(new Review(submission,
          e.automatic() ? ReviewOutcome.AUTO_APPROVED : ReviewOutcome.APPROVED, e.feedback(), e.tags(),
          PersonId.of(e.by()), e.at()), false));
    } else if (event instanceof HelpRequested e) {
      move(s, before, Command.ASK_FOR_HELP);
      HelpStatus initial = target(before.helpRow(null, Command.ASK_FOR_HELP), "help request", null);
      s.help.put(e.help(), new HelpState(e.help(), initial, e.question(), null, PersonId.of(e.by()), e.at(), null,
          false));
      s.lastInternActivity = e.at();
    } else if (event instanceof HelpAnswered e) {
      move(s, before, Command.ANSWER_HELP);
      moveHelp(s, before, e.help(), Command.ANSWER_HELP);
      s.help.put(e.help(), s.help.get(e.help()).answered(e.answer(), e.at()));
    } else if (event instanceof HelpEscalated e) {
      move(s, before, TimeRule.HELP_ESCALATION);
      moveHelp(s, before, e.help(), TimeRule.HELP_ESCALATION);
      s.help.put(e.help(), s.help.get(e.help()).markEscalated());
    } else if (event instanceof HelpResolved e) {
      move(s, before, Command.RESOLVE_HELP);
      moveHelp(s, before, e.help(), Command.RESOLVE_HELP);
      s.lastInternActivity = e.at();
    } else if (event instanceof FinalSubmitted e) {
      move(s, before, Command.SUBMIT_FINAL);
      s.lastInternActivity = e.at();
    } else if (event instanceof DeliveredToRequester e) {
      move(s, before, Command.DELIVER_TO_REQUESTER);
      s.deliveredAt = e.at();
    } else if (event instanceof DeliveryAccepted e) {
      move(s, before, e.automatic() ? TimeRule.ACCEPTANCE_TIMEOUT : Command.ACCEPT_DELIVERY);
      s.endedAt = e.at();
    } else if (event instanceof DeliveryRejected e) {
      move(s, before, Command.REJECT_DELIVERY);
      s.deliveredAt = null;
      s.lastInternActivity = e.at();
    } else if (event instanceof DeadlineExtended e) {
      move(s, before, Command.EXTEND);
      Duration by = Duration.ofSeconds(e.bySeconds());
      s.task = s.task().withDeadline(e.newDeadline());
      // "Every later due date": only due dates still ahead move. One that has passed stays, so
      // its overdue notice (reported for that due date) is not sent a second time.
      for (Map.Entry<String, MilestoneState> m : s.milestones.entrySet()) {
        if (m.getValue().isOpen() && m.getValue().spec().due().isAfter(e.at())) {
          m.setValue(m.getValue().withSpec(m.getValue().spec().shiftedBy(by)));
        }
      }
      if (s.plan != null) {
        s.plan = new Plan(s.plan.version(), s.milestones.values().stream().map(MilestoneState::spec).toList());
      }
    } else if (event instanceof InternWithdrew e) {
      move(s, before, Command.WITHDRAW_INTERN);
      moveAllMilestones(s, before, Command.WITHDRAW_INTERN);
      leave(s);
      s.acceptedVersion = 0;
    } else if (event instanceof InternReplaced e) {
      move(s, before, Command.REPLACE_INTERN);
      moveAllMilestones(s, before, Command.REPLACE_INTERN);
      leave(s);
      s.intern = PersonId.of(e.intern());
      s.mentorTookOver = false;
      s.lastInternActivity = e.at();
      s.lastNudge = null;
    } else if (event instanceof MentorTookOver e) {
      move(s, before, Command.MENTOR_TAKEOVER);
      moveAllMilestones(s, before, Command.MENTOR_TAKEOVER);
      leave(s);
      s.mentorTookOver = true;
    } else if (event instanceof InternshipCancelled e) {
      move(s, before, Command.CANCEL);
      moveAllMilestones(s, before, Command.CANCEL);
      s.endedAt = e.at();
    } else if (event instanceof DisputeOpened) {
      move(s, before, Command.OPEN_DISPUTE);
    } else if (event instanceof DisputeResolved e) {
      move(s, before, Command.RESOLVE_DISPUTE);
      moveAllMilestones(s, before, Command.RESOLVE_DISPUTE);
      s.endedAt = e.at();
    } else if (event instanceof StallNudged e) {
      move(s, before, TimeRule.STALL_NUDGE);
      s.lastNudge = e.at();
    } else if (event instanceof MilestoneOverdue e) {
      move(s, before, TimeRule.MILESTONE_OVERDUE);
      MilestoneState m = moveMilestone(s, before, e.milestone(), TimeRule.MILESTONE_OVERDUE);
      s.milestones.put(e.milestone(), m.overdueReported(e.due()));
    } else if (event instanceof SkillsEndorsed e) {
      move(s, before, Command.ENDORSE_SKILLS);
      s.endorsed = new java.util.ArrayList<>(e.skills());
    } else if (event instanceof LedgerPosted e) {
      for (InternshipEvent.Entry posting : e.postings()) {
        if (posting.account().equals(s.escrowAccount().value())) {
          s.escrowMinor = Math.addExact(s.escrowMinor, posting.amount().minorUnits());
        }
      }
    } else if (event instanceof NotificationQueued) {
      // a notification changes no workflow state
    } else {
      throw new IllegalStateException("unknown event " + event);
    }
    // The stall clock counts from when the intern has something to do: while every milestone
    // in flight waits for the mentor, idling is not stalling.
    if (!before.internHasWork() && s.internHasWork()) {
      s.internWorkSince = event.at();
    }
    if (before.status != InternshipStatus.IN_PROGRESS && s.status == InternshipStatus.IN_PROGRESS) {
      s.lastInternActivity = event.at();
      s.lastNudge = null;
    }
    return s;
  }

  private static void leave(InternshipState s) {
    if (s.intern != null) {
      s.formerInterns.add(s.intern);
    }
    s.intern = null;
  }

  private static void move(InternshipState s, InternshipState before, Trigger trigger) {
    s.status = target(before.internshipRow(trigger), "internship", before.status);
  }

  private static MilestoneState moveMilestone(InternshipState s, InternshipState before, String id, Trigger trigger) {
    MilestoneState m = before.milestones.get(id);
    if (m == null) {
      throw new IllegalStateException("event for unknown milestone " + id + " of task " + s.taskId);
    }
    MilestoneState moved = m.withStatus(target(before.milestoneRow(m.status(), trigger), "milestone " + id,
        m.status()));
    s.milestones.put(id, moved);
    return moved;
  }

  private static void moveAllMilestones(InternshipState s, InternshipState before, Trigger trigger) {
    for (MilestoneState m : before.milestones.values()) {
      Transition<MilestoneStatus> row = before.milestoneRow(m.status(), trigger);
      if (row != null) {
        s.milestones.put(m.id(), m.withStatus(row.to()));
      }
    }
  }

  private static void moveHelp(InternshipState s, InternshipState before, String id, Trigger trigger) {
    HelpState h = before.help.get(id);
    if (h == null) {
      throw new IllegalStateException("event for unknown help request " + id + " of task " + s.taskId);
    }
    s.help.put(id, h.withStatus(target(before.helpRow(h.status(), trigger), "help request " + id, h.status())));
  }

  private static <S extends Enum<S>> S target(@Nullable Transition<S> row, String what, @Nullable S from) {
    if (row == null) {
      throw new IllegalStateException("stream holds an event that its " + what + " table does not allow from " + from);
    }
    return row.to();
  }
}
