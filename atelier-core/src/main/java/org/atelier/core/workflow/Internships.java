package org.atelier.core.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.payment.Ledger;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.plan.PlanTemplates;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * The micro-internship workflow: one method per command of the scenario contract
 * ({@code atelier-scenario/1}), the time rules, and the queries a host needs. Obtain it from
 * {@code Atelier.internships()}.
 *
 * <h2>Commands</h2>
 *
 * Every command takes the {@link Actor} who issues it and plain values, and returns the
 * internship's view after it. A refused command throws {@link AtelierException} and changes
 * nothing: no event is written. Checks run in this order, so one input always gets the same
 * code:
 *
 * <ol>
 *   <li>{@code NOT_FOUND}: the task does not exist (for every command but {@code postTask});
 *   <li>{@code NOT_PERMITTED}: the {@link AccessPolicy} refuses the actor; the message names
 *       what was required;
 *   <li>{@code ILLEGAL_TRANSITION}: the internship's {@link StateMachines#internship() table}
 *       does not allow the command in the current status;
 *   <li>{@code NOT_FOUND} for an unknown milestone or help request, {@code DUPLICATE} for an id
 *       used again, {@code VALIDATION} for a malformed value, and {@code ILLEGAL_TRANSITION}
 *       when the milestone's or help request's table, or a precondition such as "dependencies
 *       approved", refuses.
 * </ol>
 *
 * <p>Commands happen at the later of the clock's instant and the last {@link #advanceTo}
 * instant, so events never go back in time.
 *
 * <h2>Time</h2>
 *
 * The library starts no threads. {@link #advanceTo(Instant)} fires every time rule that has
 * come due, in time order, each at the instant it came due.
 *
 * <h2>Thread safety</h2>
 *
 * Commands on different tasks may run concurrently; commands on one task are serialised by
 * the event store's optimistic concurrency and retried by the engine.
 *
 * @since 0.1
 */
public interface Internships {

  /**
   * {@code postTask}: a requester posts a task, offered as a micro-internship.
   *
   * @param requester the actor, a requester
   * @param posting the task; its deadline must be in the future
   * @return the internship, {@link InternshipStatus#POSTED}
   * @throws AtelierException {@code DUPLICATE} if the task id exists, {@code NOT_PERMITTED},
   *     {@code VALIDATION}
   */
  InternshipView postTask(Actor requester, TaskPosting posting);

  /**
   * {@code chooseMentor}: the task's requester picks the mentor.
   *
   * @param actor the task's requester
   * @param task the task
   * @param mentor the mentor, who must act as a mentor
   * @return the internship, {@link InternshipStatus#MENTOR_CHOSEN}
   * @throws AtelierException as the interface describes
   */
  InternshipView chooseMentor(Actor actor, TaskId task, Actor mentor);

  /**
   * {@code proposePlan}: the chosen mentor proposes the milestones, or revises them before
   * work starts (each revision is a new plan version that the intern must accept).
   *
   * @param actor the task's mentor
   * @param task the task
   * @param milestones the milestones; see {@link org.atelier.core.plan.PlanValidation}
   * @return the internship, {@link InternshipStatus#PLANNED}
   * @throws AtelierException {@code VALIDATION} naming the offending milestone, and as the
   *     interface describes
   */
  InternshipView proposePlan(Actor actor, TaskId task, List<MilestoneSpec> milestones);

  /**
   * {@code assignIntern}: the requester or the platform attaches the intern.
   *
   * @param actor the task's requester or the platform
   * @param task the task
   * @param intern the intern, who must act as an intern
   * @return the internship
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if an intern is assigned already
   */
  InternshipView assignIntern(Actor actor, TaskId task, Actor intern);

  /**
   * {@code acceptPlan}: the assigned intern agrees to the current plan version. Work is
   * {@link InternshipStatus#IN_PROGRESS} once the plan is accepted and escrow is funded, in
   * either order.
   *
   * @param actor the task's intern
   * @param task the task
   * @return the internship
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if this version is accepted already
   */
  InternshipView acceptPlan(Actor actor, TaskId task);

  /**
   * {@code fundEscrow}: the requester moves the whole budget into the task's escrow.
   *
   * @param actor the task's requester
   * @param task the task
   * @return the internship
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if escrow is funded already
   */
  InternshipView fundEscrow(Actor actor, TaskId task);

  /**
   * {@code submitMilestone}: the intern submits a milestone whose dependencies are all approved.
   *
   * @param actor the task's intern
   * @param task the task
   * @param milestone the milestone
   * @param note a note for the mentor; may be empty
   * @return the internship
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if a dependency is not approved
   */
  InternshipView submitMilestone(Actor actor, TaskId task, MilestoneId milestone, String note);

  /**
   * {@code requestChanges}: the mentor sends a submitted milestone back with feedback.
   *
   * @param actor the task's mentor
   * @param task the task
   * @param milestone the milestone
   * @param feedback what to change; not blank
   * @param tags the feedback's categories; may be empty
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  InternshipView requestChanges(Actor actor, TaskId task, MilestoneId milestone, String feedback,
      List<FeedbackTag> tags);

  /**
   * {@code approveMilestone}: the mentor approves a submitted milestone (or, after a
   * takeover, any remaining one) and releases its share of escrow, split by the policy.
   * Every milestone it depends on must already be approved; after a takeover, approving a
   * milestone before its dependencies is {@code ILLEGAL_TRANSITION}, naming the dependency.
   *
   * @param actor the task's mentor
   * @param task the task
   * @param milestone the milestone
   * @param feedback closing feedback; may be empty
   * @param tags the feedback's categories; may be empty
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  InternshipView approveMilestone(Actor actor, TaskId task, MilestoneId milestone, String feedback,
      List<FeedbackTag> tags);

  /**
   * {@code approveMilestone} without feedback.
   *
   * @param actor the task's mentor
   * @param task the task
   * @param milestone the milestone
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  default InternshipView approveMilestone(Actor actor, TaskId task, MilestoneId milestone) {
    return approveMilestone(actor, task, milestone, "", List.of());
  }

  /**
   * {@code askForHelp}: the intern opens a help request.
   *
   * @param actor the task's intern
   * @param task the task
   * @param help the new help request's id
   * @param question the question; not blank
   * @return the internship
   * @throws AtelierException {@code DUPLICATE} if the id exists
   */
  InternshipView askForHelp(Actor actor, TaskId task, HelpRequestId help, String question);

  /**
   * {@code answerHelp}: the mentor answers an open or escalated help request.
   *
   * @param actor the task's mentor
   * @param task the task
   * @param help the help request
   * @param answer the answer; not blank
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  InternshipView answerHelp(Actor actor, TaskId task, HelpRequestId help, String answer);

  /**
   * {@code resolveHelp}: the intern closes a help request.
   *
   * @param actor the task's intern
   * @param task the task
   * @param help the help request
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  InternshipView resolveHelp(Actor actor, TaskId task, HelpRequestId help);

  /**
   * {@code submitFinal}: the intern hands in the final product once every milestone is approved.
   *
   * @param actor the task's intern
   * @param task the task
   * @param note a note; may be empty
   * @return the internship, {@link InternshipStatus#FINAL_REVIEW}
   * @throws AtelierException {@code ILLEGAL_TRANSITION} naming the milestones not yet approved
   */
  InternshipView submitFinal(Actor actor, TaskId task, String note);

  /**
   * {@code deliverToRequester}: the mentor delivers the final product (after a takeover,
   * directly once every milestone is approved).
   *
   * @param actor the task's mentor
   * @param task the task
   * @param note a note for the requester; may be empty
   * @return the internship, {@link InternshipStatus#DELIVERED}
   * @throws AtelierException as the interface describes
   */
  InternshipView deliverToRequester(Actor actor, TaskId task, String note);

  /**
   * {@code acceptDelivery}: the requester accepts; the internship completes and any escrow
   * left is released by the policy.
   *
   * @param actor the task's requester
   * @param task the task
   * @return the internship, {@link InternshipStatus#COMPLETED}
   * @throws AtelierException as the interface describes
   */
  InternshipView acceptDelivery(Actor actor, TaskId task);

  /**
   * {@code rejectDelivery}: the requester sends the delivery back with feedback; work resumes.
   *
   * @param actor the task's requester
   * @param task the task
   * @param feedback what is missing; not blank
   * @return the internship, {@link InternshipStatus#IN_PROGRESS}
   * @throws AtelierException as the interface describes
   */
  InternshipView rejectDelivery(Actor actor, TaskId task, String feedback);

  /**
   * {@code extend}: moves the task deadline and every later due date by {@code by}. A later
   * due date is one of a milestone not yet approved (nor cancelled) that has not passed at
   * the time of the extension (it is after {@link #now()}); a due date that has already
   * passed stays where it is, so an overdue milestone is reported overdue only once.
   *
   * @param actor the task's requester or the platform
   * @param task the task
   * @param by how much later, positive, whole seconds
   * @return the internship
   * @throws AtelierException {@code VALIDATION} for a duration that is not positive
   */
  InternshipView extend(Actor actor, TaskId task, Duration by);

  /**
   * {@code withdrawIntern}: the intern leaves. Approved milestones stay paid; submitted ones
   * go back to planned; once work has started the internship awaits a replacement.
   *
   * @param actor the task's intern or the platform
   * @param task the task
   * @return the internship
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if there is no intern
   */
  InternshipView withdrawIntern(Actor actor, TaskId task);

  /**
   * {@code replaceIntern}: a new intern takes over the milestones not yet approved.
   *
   * @param actor the task's requester or the platform
   * @param task the task
   * @param intern the new intern
   * @return the internship, {@link InternshipStatus#IN_PROGRESS}
   * @throws AtelierException {@code VALIDATION} if it is the current intern
   */
  InternshipView replaceIntern(Actor actor, TaskId task, Actor intern);

  /**
   * {@code mentorTakeover}: the mentor finishes the remaining milestones, approves each
   * directly, and earns its intern share.
   *
   * @param actor the task's mentor
   * @param task the task
   * @return the internship, {@link InternshipStatus#IN_PROGRESS}
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the mentor took over already
   */
  InternshipView mentorTakeover(Actor actor, TaskId task);

  /**
   * {@code cancel}: ends the internship; approved milestones stay paid and the rest of
   * escrow is refunded to the requester.
   *
   * @param actor the task's requester or the platform
   * @param task the task
   * @return the internship, {@link InternshipStatus#CANCELLED}
   * @throws AtelierException as the interface describes
   */
  InternshipView cancel(Actor actor, TaskId task);

  /**
   * {@code openDispute}: freezes escrow until the platform decides.
   *
   * @param actor the task's requester, mentor or intern
   * @param task the task
   * @param reason why; may be empty
   * @return the internship, {@link InternshipStatus#DISPUTED}
   * @throws AtelierException as the interface describes
   */
  InternshipView openDispute(Actor actor, TaskId task, String reason);

  /**
   * {@code resolveDispute}: the platform refunds {@code toRequesterPercent} of the frozen
   * escrow and pays the rest out like a milestone.
   *
   * @param actor the platform
   * @param task the task
   * @param toRequesterPercent 0 to 100
   * @return the internship, {@link InternshipStatus#SETTLED}
   * @throws AtelierException {@code VALIDATION} for a percentage outside 0..100
   */
  InternshipView resolveDispute(Actor actor, TaskId task, int toRequesterPercent);

  /**
   * {@code endorseSkills} (an extension beyond the contract): the mentor endorses skills the
   * intern demonstrated, once the product is delivered or the internship completed. A later
   * endorsement replaces an earlier one.
   *
   * @param actor the task's mentor
   * @param task the task
   * @param skills the skills and levels, at least one
   * @return the internship
   * @throws AtelierException as the interface describes
   */
  InternshipView endorseSkills(Actor actor, TaskId task, List<Skill> skills);

  /**
   * Fires every time rule due at or before an instant, across all internships, in order of
   * due time (ties: task, rule, subject). Each fired rule's events carry its due instant.
   *
   * @param until the instant; not before the previous call's
   * @return the rules fired, in order
   * @throws AtelierException {@code VALIDATION} if {@code until} is before an earlier call's instant
   */
  List<FiredRule> advanceTo(Instant until);

  /**
   * The instant commands happen at now: the later of the clock and the last {@link #advanceTo}.
   *
   * @return the instant
   */
  Instant now();

  /**
   * An internship.
   *
   * @param task the task
   * @return its view
   * @throws AtelierException {@code NOT_FOUND} if it does not exist
   */
  InternshipView view(TaskId task);

  /**
   * An internship, if it exists.
   *
   * @param task the task
   * @return its view
   */
  Optional<InternshipView> find(TaskId task);

  /**
   * Every internship, ordered by task id.
   *
   * @return the views
   */
  List<InternshipView> all();

  /**
   * The internships a person mentors, ordered by task id.
   *
   * @param mentor the mentor
   * @return the views
   */
  List<InternshipView> ofMentor(PersonId mentor);

  /**
   * The internships a person is or was the intern of, ordered by task id.
   *
   * @param intern the intern
   * @return the views
   */
  List<InternshipView> ofIntern(PersonId intern);

  /**
   * What waits for an actor, across all internships: reviews due, help requests to answer,
   * plans to accept, deliveries to accept, disputes to resolve, and so on. Ordered by task id,
   * then plan order.
   *
   * @param actor the actor (platform actors see what waits for the platform)
   * @return the items
   */
  List<AwaitingItem> awaiting(Actor actor);

  /**
   * The events of one internship, oldest first.
   *
   * @param task the task
   * @return the entries
   * @throws AtelierException {@code NOT_FOUND} if it does not exist
   */
  List<TimelineEntry> timeline(TaskId task);

  /**
   * The events of every internship in the store's global order.
   *
   * @return the entries
   */
  List<TimelineEntry> timeline();

  /**
   * Every notification decided so far, in the order of the events that caused them. The
   * outbox delivers each to the {@link org.atelier.spi.notify.Notifier}.
   *
   * @return the notifications
   */
  List<Notification> notifications();

  /**
   * Every payment instruction decided so far (funding, payouts, refunds), in order. The
   * outbox delivers each to the {@link org.atelier.spi.payment.PaymentGateway}.
   *
   * @return the instructions
   */
  List<PaymentInstruction> paymentInstructions();

  /**
   * The double-entry ledger of every internship in one currency: each party's account,
   * {@code escrow:TASK} per task and {@code platform}. Its balances sum to zero.
   *
   * @param currency the currency
   * @return the ledger
   */
  Ledger ledger(Currency currency);

  /**
   * An intern's learning record: completed internships where they were the intern at
   * completion, with endorsed skills and review history.
   *
   * @param intern the intern
   * @return the record
   */
  LearningRecord learningRecord(PersonId intern);

  /**
   * The decomposition templates mentors instantiate.
   *
   * @return the registry
   */
  PlanTemplates templates();

  /**
   * The policy in force.
   *
   * @return the policy
   */
  WorkflowPolicy policy();
}
