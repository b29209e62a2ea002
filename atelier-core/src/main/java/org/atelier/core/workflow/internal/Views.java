package org.atelier.core.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Role;
import org.atelier.core.model.TaskId;
import org.atelier.core.workflow.AwaitingItem;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.HelpRequestView;
import org.atelier.core.workflow.HelpStatus;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.InternshipView;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.MilestoneView;

/** Turns aggregate state into the public, read-only views. */
final class Views {
  private Views() {}

  static InternshipView of(InternshipState s) {
    List<MilestoneView> milestones = new ArrayList<>();
    for (MilestoneState m : s.milestones.values()) {
      milestones.add(milestone(m));
    }
    List<HelpRequestView> help = new ArrayList<>();
    for (HelpState h : s.help.values()) {
      help.add(new HelpRequestView(HelpRequestId.of(h.id()), h.status(), h.question(), h.answer(), h.askedBy(),
          h.askedAt(), h.answeredAt(), h.escalated()));
    }
    return new InternshipView(s.task(), s.status(), s.mentor, s.intern, s.formerInterns, s.mentorTookOver,
        s.plan == null ? 0 : s.plan.version(), s.acceptedVersion, s.funded, s.escrow(), milestones, help, s.endorsed,
        s.version);
  }

  static MilestoneView milestone(MilestoneState m) {
    return new MilestoneView(m.spec(), m.status(), m.amount(), m.revisions(), m.submissions(), m.reviews());
  }

  /** What waits for one actor in one internship. */
  static List<AwaitingItem> awaiting(InternshipState s, PersonId who, Role role) {
    List<AwaitingItem> items = new ArrayList<>();
    TaskId task = TaskId.of(s.taskId);
    InternshipStatus status = s.status();
    switch (role) {
      case REQUESTER -> {
        if (!who.equals(s.task().requester())) {
          break;
        }
        if (status == InternshipStatus.POSTED) {
          items.add(new AwaitingItem(task, Command.CHOOSE_MENTOR, s.taskId));
        }
        if (!s.funded && (status == InternshipStatus.POSTED || status == InternshipStatus.MENTOR_CHOSEN
            || status == InternshipStatus.PLANNED)) {
          items.add(new AwaitingItem(task, Command.FUND_ESCROW, s.taskId));
        }
        if (s.intern == null && (status == InternshipStatus.MENTOR_CHOSEN || status == InternshipStatus.PLANNED)) {
          items.add(new AwaitingItem(task, Command.ASSIGN_INTERN, s.taskId));
        }
        if (status == InternshipStatus.DELIVERED) {
          items.add(new AwaitingItem(task, Command.ACCEPT_DELIVERY, s.taskId));
        }
        if (status == InternshipStatus.AWAITING_INTERN) {
          items.add(new AwaitingItem(task, Command.REPLACE_INTERN, s.taskId));
        }
      }
      case MENTOR -> {
        if (!who.equals(s.mentor)) {
          break;
        }
        if (status == InternshipStatus.MENTOR_CHOSEN) {
          items.add(new AwaitingItem(task, Command.PROPOSE_PLAN, s.taskId));
        }
        if (status == InternshipStatus.IN_PROGRESS) {
          for (MilestoneState m : s.milestones.values()) {
            if (m.status() == MilestoneStatus.SUBMITTED || (s.mentorTookOver && m.isOpen())) {
              items.add(new AwaitingItem(task, Command.APPROVE_MILESTONE, m.id()));
            }
          }
        }
        for (HelpState h : s.help.values()) {
          if (h.status() == HelpStatus.OPEN || h.status() == HelpStatus.ESCALATED) {
            items.add(new AwaitingItem(task, Command.ANSWER_HELP, h.id()));
          }
        }
        if (status == InternshipStatus.FINAL_REVIEW
            || (status == InternshipStatus.IN_PROGRESS && s.mentorTookOver && s.allMilestonesApproved())) {
          items.add(new AwaitingItem(task, Command.DELIVER_TO_REQUESTER, s.taskId));
        }
      }
      case INTERN -> {
        if (!who.equals(s.intern)) {
          break;
        }
        if (status == InternshipStatus.PLANNED && !s.planAccepted()) {
          items.add(new AwaitingItem(task, Command.ACCEPT_PLAN, s.taskId));
        }
        if (status == InternshipStatus.IN_PROGRESS) {
          for (MilestoneState m : s.milestones.values()) {
            if (s.dependenciesApproved(m) && (m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.CHANGES_REQUESTED)) {
              items.add(new AwaitingItem(task, Command.SUBMIT_MILESTONE, m.id()));
            }
          }
          if (s.allMilestonesApproved()) {
            items.add(new AwaitingItem(task, Command.SUBMIT_FINAL, s.taskId));
          }
        }
        for (HelpState h : s.help.values()) {
          if (h.status() == HelpStatus.ANSWERED) {
            items.add(new AwaitingItem(task, Command.RESOLVE_HELP, h.id()));
          }
        }
      }
      case PLATFORM -> {
        if (status == InternshipStatus.DISPUTED) {
          items.add(new AwaitingItem(task, Command.RESOLVE_DISPUTE, s.taskId));
        }
        if (status == InternshipStatus.AWAITING_INTERN) {
          items.add(new AwaitingItem(task, Command.REPLACE_INTERN, s.taskId));
        }
      }
    }
    return items;
  }
}
