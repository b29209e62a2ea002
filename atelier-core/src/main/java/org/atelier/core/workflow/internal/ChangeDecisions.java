package org.atelier.core.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.model.Role;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.*;

/** The decisions that change the course: extend, withdraw, replace, take over, cancel, dispute. */
final class ChangeDecisions {
  private ChangeDecisions() {}

  static List<InternshipEvent> extend(InternshipState s, Actor actor, Duration by, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.EXTEND, access);
    if (by.isNegative() || by.isZero() || by.getNano() != 0) {
      throw AtelierException.validation("extend of task " + s.taskId + " by " + by
          + ": expected a positive duration in whole seconds, such as P7D");
    }
    return new Outcome(s, policy).fact(new DeadlineExtended(by.getSeconds(), s.task().deadline().plus(by),
        actor.id().value(), now)).events();
  }

  static List<InternshipEvent> withdrawIntern(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.WITHDRAW_INTERN, access);
    if (s.intern == null) {
      throw AtelierException.illegalTransition("task " + s.taskId + " has no intern to withdraw");
    }
    return new Outcome(s, policy).fact(new InternWithdrew(s.intern.value(), actor.id().value(), now)).events();
  }

  static List<InternshipEvent> replaceIntern(InternshipState s, Actor actor, Actor intern, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.REPLACE_INTERN, access);
    PlanningDecisions.requireRole("intern", intern, Role.INTERN);
    if (intern.id().equals(s.intern)) {
      throw AtelierException.validation("intern " + intern.id() + " is already the intern of task " + s.taskId
          + "; expected another intern");
    }
    return new Outcome(s, policy).fact(new InternReplaced(s.intern == null ? null : s.intern.value(),
        intern.id().value(), actor.id().value(), now)).events();
  }

  static List<InternshipEvent> mentorTakeover(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.MENTOR_TAKEOVER, access);
    if (s.mentorTookOver) {
      throw AtelierException.illegalTransition("the mentor already took over task " + s.taskId);
    }
    return new Outcome(s, policy).fact(new MentorTookOver(actor.id().value(),
        s.intern == null ? null : s.intern.value(), now)).events();
  }

  static List<InternshipEvent> cancel(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.CANCEL, access);
    Outcome out = new Outcome(s, policy).fact(new InternshipCancelled(actor.id().value(), now));
    if (s.funded) {
      out.moves(EscrowMoves.refundRest(s, now));
    }
    return out.events();
  }

  static List<InternshipEvent> openDispute(InternshipState s, Actor actor, String reason, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.OPEN_DISPUTE, access);
    return new Outcome(s, policy).fact(new DisputeOpened(actor.id().value(), Gate.text("reason", reason, false), now))
        .events();
  }

  static List<InternshipEvent> resolveDispute(InternshipState s, Actor actor, int toRequesterPercent, Instant now,
      AccessPolicy access, WorkflowPolicy policy, SplitPolicy split) {
    Gate.admit(s, actor, Command.RESOLVE_DISPUTE, access);
    if (toRequesterPercent < 0 || toRequesterPercent > 100) {
      throw AtelierException.validation("resolveDispute of task " + s.taskId + ": toRequesterPercent must be 0 to 100,"
          + " got " + toRequesterPercent);
    }
    return new Outcome(s, policy).fact(new DisputeResolved(toRequesterPercent, actor.id().value(), now))
        .moves(EscrowMoves.settle(s, toRequesterPercent, split, now)).events();
  }
}
