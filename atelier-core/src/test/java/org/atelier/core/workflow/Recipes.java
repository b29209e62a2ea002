package org.atelier.core.workflow;

import static org.atelier.core.workflow.Fixture.*;

import java.time.Duration;
import java.util.List;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.Skill;

/** How to reach each internship status on t1, and a well-formed attempt of each command. */
final class Recipes {
  private Recipes() {}

  /** A fresh fixture with t1 in the status. */
  static Fixture reach(InternshipStatus status) {
    Fixture f = new Fixture();
    Internships x = f.flow;
    switch (status) {
      case POSTED -> x.postTask(REQ, posting(T1));
      case MENTOR_CHOSEN -> {
        x.postTask(REQ, posting(T1));
        x.chooseMentor(REQ, T1, MEN);
      }
      case PLANNED -> planned(f);
      case IN_PROGRESS -> f.inProgress();
      case FINAL_REVIEW -> finalReview(f);
      case DELIVERED -> {
        finalReview(f);
        x.deliverToRequester(MEN, T1, "");
      }
      case COMPLETED -> {
        finalReview(f);
        x.deliverToRequester(MEN, T1, "");
        x.acceptDelivery(REQ, T1);
      }
      case CANCELLED -> {
        f.inProgress();
        x.cancel(REQ, T1);
      }
      case DISPUTED -> {
        f.inProgress();
        x.openDispute(REQ, T1, "late");
      }
      case SETTLED -> {
        f.inProgress();
        x.openDispute(REQ, T1, "late");
        x.resolveDispute(OPS, T1, 50);
      }
      case AWAITING_INTERN -> {
        f.inProgress();
        x.withdrawIntern(INT, T1);
      }
    }
    return f;
  }

  private static void planned(Fixture f) {
    f.flow.postTask(REQ, posting(T1));
    f.flow.chooseMentor(REQ, T1, MEN);
    f.flow.assignIntern(REQ, T1, INT);
    f.flow.proposePlan(MEN, T1, plan());
  }

  static void approveAll(Fixture f) {
    for (MilestoneId m : List.of(M1, M2, M3)) {
      f.flow.submitMilestone(INT, T1, m, "");
      f.flow.approveMilestone(MEN, T1, m);
    }
  }

  private static void finalReview(Fixture f) {
    f.inProgress();
    approveAll(f);
    f.flow.submitFinal(INT, T1, "");
  }

  /** What a cell needs beyond its status before the command can succeed, if the table allows it. */
  static void prepare(Fixture f, InternshipStatus status, Command command) {
    Internships x = f.flow;
    boolean working = status == InternshipStatus.IN_PROGRESS;
    switch (command) {
      case ASSIGN_INTERN -> {
        if (status == InternshipStatus.PLANNED) {
          x.withdrawIntern(OPS, T1);
        }
      }
      case WITHDRAW_INTERN -> {
        if (status == InternshipStatus.POSTED || status == InternshipStatus.MENTOR_CHOSEN) {
          x.assignIntern(REQ, T1, INT);
        }
      }
      case REQUEST_CHANGES, APPROVE_MILESTONE -> {
        if (working) {
          x.submitMilestone(INT, T1, M1, "");
        }
      }
      case ANSWER_HELP, RESOLVE_HELP -> {
        if (working || status == InternshipStatus.FINAL_REVIEW) {
          x.askForHelp(INT, T1, H1, "which dialect?");
        }
      }
      case SUBMIT_FINAL -> {
        if (working) {
          approveAll(f);
        }
      }
      case DELIVER_TO_REQUESTER -> {
        if (working) {
          x.mentorTakeover(MEN, T1);
          for (MilestoneId m : List.of(M1, M2, M3)) {
            x.approveMilestone(MEN, T1, m);
          }
        }
      }
      default -> { }
    }
  }

  /** The actor a command is attempted by: the party the contract names. */
  static Actor actorFor(Command command, InternshipView view) {
    Actor intern = view.intern() == null ? INT : Actor.intern(view.intern().value());
    return switch (command) {
      case POST_TASK, CHOOSE_MENTOR, ASSIGN_INTERN, FUND_ESCROW, ACCEPT_DELIVERY, REJECT_DELIVERY, EXTEND,
          REPLACE_INTERN, CANCEL, OPEN_DISPUTE -> REQ;
      case PROPOSE_PLAN, REQUEST_CHANGES, APPROVE_MILESTONE, ANSWER_HELP, DELIVER_TO_REQUESTER, MENTOR_TAKEOVER,
          ENDORSE_SKILLS -> MEN;
      case ACCEPT_PLAN, SUBMIT_MILESTONE, ASK_FOR_HELP, RESOLVE_HELP, SUBMIT_FINAL -> intern;
      case WITHDRAW_INTERN, RESOLVE_DISPUTE -> OPS;
    };
  }

  /** Attempts a command with well-formed arguments. */
  static InternshipView attempt(Internships x, Command command, Actor a) {
    return switch (command) {
      case POST_TASK -> x.postTask(a, posting(T1));
      case CHOOSE_MENTOR -> x.chooseMentor(a, T1, MEN);
      case PROPOSE_PLAN -> x.proposePlan(a, T1, plan());
      case ASSIGN_INTERN -> x.assignIntern(a, T1, INT);
      case ACCEPT_PLAN -> x.acceptPlan(a, T1);
      case FUND_ESCROW -> x.fundEscrow(a, T1);
      case SUBMIT_MILESTONE -> x.submitMilestone(a, T1, M1, "note");
      case REQUEST_CHANGES -> x.requestChanges(a, T1, M1, "handle quoted commas", List.of(FeedbackTag.CORRECTNESS));
      case APPROVE_MILESTONE -> x.approveMilestone(a, T1, M1);
      case ASK_FOR_HELP -> x.askForHelp(a, T1, HelpRequestId.of("h9"), "which encoding?");
      case ANSWER_HELP -> x.answerHelp(a, T1, H1, "RFC 4180");
      case RESOLVE_HELP -> x.resolveHelp(a, T1, H1);
      case SUBMIT_FINAL -> x.submitFinal(a, T1, "");
      case DELIVER_TO_REQUESTER -> x.deliverToRequester(a, T1, "");
      case ACCEPT_DELIVERY -> x.acceptDelivery(a, T1);
      case REJECT_DELIVERY -> x.rejectDelivery(a, T1, "needs a README");
      case EXTEND -> x.extend(a, T1, Duration.ofDays(1));
      case WITHDRAW_INTERN -> x.withdrawIntern(a, T1);
      case REPLACE_INTERN -> x.replaceIntern(a, T1, INT2);
      case MENTOR_TAKEOVER -> x.mentorTakeover(a, T1);
      case CANCEL -> x.cancel(a, T1);
      case OPEN_DISPUTE -> x.openDispute(a, T1, "scope");
      case RESOLVE_DISPUTE -> x.resolveDispute(a, T1, 50);
      case ENDORSE_SKILLS -> x.endorseSkills(a, T1, List.of(Skill.of("java", 3)));
    };
  }

  /** Whether a guard holds for the internship as the view shows it. */
  static boolean holds(Guard guard, InternshipView v) {
    return switch (guard) {
      case ALWAYS -> true;
      case ESCROW_FUNDED -> v.escrowFunded();
      case ESCROW_NOT_FUNDED -> !v.escrowFunded();
      case PLAN_ACCEPTED -> v.planVersion() > 0 && v.acceptedPlanVersion() == v.planVersion();
      case PLAN_NOT_ACCEPTED -> !(v.planVersion() > 0 && v.acceptedPlanVersion() == v.planVersion());
      case MENTOR_TOOK_OVER -> v.mentorTookOver();
    };
  }

  static Parties parties(InternshipView v) {
    return new Parties(v.id(), v.task().requester(), v.mentor(), v.intern());
  }
}
