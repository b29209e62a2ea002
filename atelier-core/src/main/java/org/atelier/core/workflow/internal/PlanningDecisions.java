package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.model.Role;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.plan.PlanValidation;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.*;

/** The decisions before work starts: post, choose the mentor, plan, assign, accept, fund. */
final class PlanningDecisions {
  private PlanningDecisions() {}

  static List<InternshipEvent> postTask(InternshipState s, Actor actor, TaskPosting posting, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.permit(s, actor, Command.POST_TASK, access);
    if (s.exists()) {
      throw AtelierException.duplicate("task " + s.taskId + " already exists; expected a new task id");
    }
    if (!posting.deadline().isAfter(now)) {
      throw AtelierException.validation("task " + s.taskId + ": deadline " + posting.deadline()
          + " is not after now (" + now + "); expected a future deadline");
    }
    return new Outcome(s, policy).fact(new TaskPosted(s.taskId, posting.title(), posting.description(),
        posting.budget(), posting.deadline(), posting.requiredSkills(), actor.id().value(),
        posting.sourceReference(), now)).events();
  }

  static List<InternshipEvent> chooseMentor(InternshipState s, Actor actor, Actor mentor, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.CHOOSE_MENTOR, access);
    requireRole("mentor", mentor, Role.MENTOR);
    return new Outcome(s, policy).fact(new MentorChosen(mentor.id().value(), now)).events();
  }

  static List<InternshipEvent> proposePlan(InternshipState s, Actor actor, List<MilestoneSpec> milestones,
      Instant now, AccessPolicy access, WorkflowPolicy policy, SplitPolicy split) {
    Gate.admit(s, actor, Command.PROPOSE_PLAN, access);
    PlanValidation.check(milestones, s.task().deadline());
    split.checkPlan(s.task().budget(), milestones.stream().map(m -> new org.atelier.core.payment.PlannedMilestone(
        m.id().value(), m.share(), m.estimatedHours() == null ? 0 : m.estimatedHours())).toList());
    int version = s.plan == null ? 1 : s.plan.version() + 1;
    return new Outcome(s, policy)
        .fact(new PlanProposed(version, milestones.stream().map(PlannedMilestone::of).toList(), now)).events();
  }

  static List<InternshipEvent> assignIntern(InternshipState s, Actor actor, Actor intern, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.ASSIGN_INTERN, access);
    requireRole("intern", intern, Role.INTERN);
    if (s.intern != null) {
      throw AtelierException.illegalTransition("task " + s.taskId + " already has intern " + s.intern
          + "; withdraw them first, or use replaceIntern once work has started");
    }
    return new Outcome(s, policy).fact(new InternAssigned(intern.id().value(), now)).events();
  }

  static List<InternshipEvent> acceptPlan(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.ACCEPT_PLAN, access);
    if (s.planAccepted()) {
      throw AtelierException.illegalTransition("plan version " + s.plan().version() + " of task " + s.taskId
          + " is already accepted; a revision of the plan can be accepted again");
    }
    Gate.internshipRow(s, Command.ACCEPT_PLAN);
    return new Outcome(s, policy).fact(new PlanAccepted(s.plan().version(), actor.id().value(), now)).events();
  }

  static List<InternshipEvent> fundEscrow(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.FUND_ESCROW, access);
    if (s.funded) {
      throw AtelierException.illegalTransition("the escrow of task " + s.taskId + " is already funded with "
          + s.task().budget().toDecimalString());
    }
    Gate.internshipRow(s, Command.FUND_ESCROW);
    return new Outcome(s, policy).fact(new EscrowFunded(s.task().budget(), now))
        .moves(EscrowMoves.fund(s, now)).events();
  }

  static void requireRole(String field, Actor person, Role role) {
    if (person.role() != role) {
      throw AtelierException.validation(field + " " + person + " does not act as a " + role.externalName()
          + "; expected a person with role " + role.externalName());
    }
  }
}
