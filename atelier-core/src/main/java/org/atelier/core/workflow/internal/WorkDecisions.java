package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.payment.SplitContext;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.FeedbackTag;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.*;

/** The decisions while work is under way: milestones, help requests, the final product, delivery. */
final class WorkDecisions {
  private WorkDecisions() {}

  static List<InternshipEvent> submitMilestone(InternshipState s, Actor actor, String milestone, String note,
      Instant now, AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.SUBMIT_MILESTONE, access);
    MilestoneState m = Gate.milestone(s, milestone);
    Gate.milestoneRow(s, m, Command.SUBMIT_MILESTONE);
    requireDependenciesApproved(s, m, "submitted");
    return new Outcome(s, policy).fact(new MilestoneSubmitted(milestone, m.submissions().size() + 1,
        Gate.text("note", note, false), actor.id().value(), now)).events();
  }

  static List<InternshipEvent> requestChanges(InternshipState s, Actor actor, String milestone, String feedback,
      List<FeedbackTag> tags, Instant now, AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.REQUEST_CHANGES, access);
    MilestoneState m = Gate.milestone(s, milestone);
    Gate.milestoneRow(s, m, Command.REQUEST_CHANGES);
    return new Outcome(s, policy).fact(new ChangesRequested(milestone, Gate.text("feedback", feedback, true),
        List.copyOf(tags), actor.id().value(), now)).events();
  }

  static List<InternshipEvent> approveMilestone(InternshipState s, Actor actor, String milestone, String feedback,
      List<FeedbackTag> tags, Instant now, AccessPolicy access, WorkflowPolicy policy, SplitPolicy split) {
    Gate.admit(s, actor, Command.APPROVE_MILESTONE, access);
    MilestoneState m = Gate.milestone(s, milestone);
    Gate.milestoneRow(s, m, Command.APPROVE_MILESTONE);
    // A submitted milestone had its dependencies approved when it was submitted; after a
    // takeover the mentor approves PLANNED milestones directly, so the order is checked here.
    requireDependenciesApproved(s, m, "approved");
    return approve(s, m, false, Gate.text("feedback", feedback, false), tags, actor.id(), now, policy, split);
  }

  static List<InternshipEvent> approve(InternshipState s, MilestoneState m, boolean automatic, String feedback,
      List<FeedbackTag> tags, PersonId by, Instant now, WorkflowPolicy policy, SplitPolicy split) {
    SplitContext context = SplitContext.none().withRevisions(m.revisions())
        .withEstimatedHours(m.spec().estimatedHours() == null ? 0 : m.spec().estimatedHours())
        .withOnTime(!now.isAfter(m.spec().due())).withMentorTookOver(s.mentorTookOver);
    return new Outcome(s, policy)
        .fact(new MilestoneApproved(m.id(), automatic, feedback, List.copyOf(tags), m.amount(), by.value(), now))
        .moves(EscrowMoves.releaseMilestone(s, m.id(), m.amount(), context, split, now)).events();
  }

  static List<InternshipEvent> askForHelp(InternshipState s, Actor actor, String help, String question, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.ASK_FOR_HELP, access);
    if (s.help.containsKey(help)) {
      throw AtelierException.duplicate("task " + s.taskId + " already has help request " + help
          + "; expected a new help request id");
    }
    return new Outcome(s, policy).fact(new HelpRequested(help, Gate.text("question", question, true),
        actor.id().value(), now)).events();
  }

  static List<InternshipEvent> answerHelp(InternshipState s, Actor actor, String help, String answer, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.ANSWER_HELP, access);
    Gate.helpRow(s, Gate.help(s, help), Command.ANSWER_HELP);
    return new Outcome(s, policy).fact(new HelpAnswered(help, Gate.text("answer", answer, true), actor.id().value(),
        now)).events();
  }

  static List<InternshipEvent> resolveHelp(InternshipState s, Actor actor, String help, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.RESOLVE_HELP, access);
    Gate.helpRow(s, Gate.help(s, help), Command.RESOLVE_HELP);
    return new Outcome(s, policy).fact(new HelpResolved(help, actor.id().value(), now)).events();
  }

  static List<InternshipEvent> submitFinal(InternshipState s, Actor actor, String note, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.SUBMIT_FINAL, access);
    requireAllApproved(s, Command.SUBMIT_FINAL);
    Gate.internshipRow(s, Command.SUBMIT_FINAL);
    return new Outcome(s, policy).fact(new FinalSubmitted(Gate.text("note", note, false), actor.id().value(), now))
        .events();
  }

  static List<InternshipEvent> deliverToRequester(InternshipState s, Actor actor, String note, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.DELIVER_TO_REQUESTER, access);
    Gate.internshipRow(s, Command.DELIVER_TO_REQUESTER);
    requireAllApproved(s, Command.DELIVER_TO_REQUESTER);
    return new Outcome(s, policy).fact(new DeliveredToRequester(Gate.text("note", note, false), actor.id().value(),
        now)).events();
  }

  static List<InternshipEvent> acceptDelivery(InternshipState s, Actor actor, Instant now, AccessPolicy access,
      WorkflowPolicy policy, SplitPolicy split) {
    Gate.admit(s, actor, Command.ACCEPT_DELIVERY, access);
    return accept(s, false, actor.id(), now, policy, split);
  }

  static List<InternshipEvent> accept(InternshipState s, boolean automatic, PersonId by, Instant now,
      WorkflowPolicy policy, SplitPolicy split) {
    return new Outcome(s, policy).fact(new DeliveryAccepted(automatic, by.value(), now))
        .moves(EscrowMoves.releaseRest(s, SplitContext.none().withMentorTookOver(s.mentorTookOver), split, now))
        .events();
  }

  static List<InternshipEvent> rejectDelivery(InternshipState s, Actor actor, String feedback, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.REJECT_DELIVERY, access);
    return new Outcome(s, policy).fact(new DeliveryRejected(Gate.text("feedback", feedback, true), actor.id().value(),
        now)).events();
  }

  static List<InternshipEvent> endorseSkills(InternshipState s, Actor actor, List<Skill> skills, Instant now,
      AccessPolicy access, WorkflowPolicy policy) {
    Gate.admit(s, actor, Command.ENDORSE_SKILLS, access);
    if (skills.isEmpty()) {
      throw AtelierException.validation("endorseSkills needs at least one skill, such as java at level 3");
    }
    PersonId intern = s.intern != null ? s.intern
        : s.formerInterns.isEmpty() ? null : s.formerInterns.get(s.formerInterns.size() - 1);
    if (intern == null) {
      throw AtelierException.illegalTransition("task " + s.taskId + " never had an intern whose skills to endorse");
    }
    return new Outcome(s, policy).fact(new SkillsEndorsed(intern.value(), skills.stream().sorted().toList(),
        actor.id().value(), now)).events();
  }

  /** A milestone is done only once every milestone it depends on is approved (the contract). */
  private static void requireDependenciesApproved(InternshipState s, MilestoneState m, String done) {
    for (MilestoneId dependency : m.spec().dependsOn()) {
      MilestoneState before = s.milestones.get(dependency.value());
      if (before.status() != MilestoneStatus.APPROVED) {
        throw AtelierException.illegalTransition("milestone " + m.id() + " of task " + s.taskId + " depends on "
            + dependency + ", which is " + before.status() + "; expected it APPROVED before " + m.id() + " is "
            + done);
      }
    }
  }

  private static void requireAllApproved(InternshipState s, Command command) {
    if (!s.allMilestonesApproved()) {
      String open = s.milestones.values().stream().filter(m -> m.status() != MilestoneStatus.APPROVED)
          .map(m -> m.id() + " (" + m.status() + ")").collect(Collectors.joining(", "));
      throw AtelierException.illegalTransition(command.label() + " on task " + s.taskId
          + " needs every milestone APPROVED; not yet: " + open);
    }
  }
}
