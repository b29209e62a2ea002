package org.atelier.core.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.core.internal.engine.CommandContext;
import org.atelier.core.internal.engine.CommandResult;
import org.atelier.core.internal.engine.Decision;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.payment.FixedSplit;
import org.atelier.core.payment.Ledger;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.plan.PlanTemplates;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.AwaitingItem;
import org.atelier.core.workflow.FeedbackTag;
import org.atelier.core.workflow.FiredRule;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.InternshipView;
import org.atelier.core.workflow.Internships;
import org.atelier.core.workflow.LearningEntry;
import org.atelier.core.workflow.LearningRecord;
import org.atelier.core.workflow.TimelineEntry;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.LedgerPosted;
import org.atelier.core.workflow.internal.InternshipEvent.NotificationQueued;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;

/**
 * {@link Internships} on the engine: each command loads the internship's stream, decides
 * with the aggregate, and appends through the {@link org.atelier.core.internal.engine.CommandRunner}.
 */
public final class InternshipService implements Internships {
  private final Engine engine;
  private final WorkflowPolicy policy;
  private final AccessPolicy access;
  private final SplitPolicy split;
  private final PlanTemplates templates;
  private final InternshipLog log;
  private final WorkflowClock clock;

  /**
   * A service.
   *
   * @param engine the engine
   * @param policy the workflow policy
   * @param access the access policy
   * @param split the split policy; {@code null} for the policy's fixed split
   * @param templates the plan templates
   */
  public InternshipService(Engine engine, WorkflowPolicy policy, AccessPolicy access, @Nullable SplitPolicy split,
      PlanTemplates templates) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.access = Objects.requireNonNull(access, "access");
    this.split = split != null ? split : new FixedSplit(policy.platformFeePercent(), policy.mentorSharePercent());
    this.templates = Objects.requireNonNull(templates, "templates");
    this.log = new InternshipLog(engine);
    this.clock = new WorkflowClock(engine, log, policy, this.split);
  }

  @Override
  public InternshipView postTask(Actor requester, TaskPosting posting) {
    Instant now = now();
    return run(requester, posting.id(), "postTask",
        s -> PlanningDecisions.postTask(s, requester, posting, now, access, policy), now);
  }

  @Override
  public InternshipView chooseMentor(Actor actor, TaskId task, Actor mentor) {
    Instant now = now();
    return run(actor, task, "chooseMentor", s -> PlanningDecisions.chooseMentor(s, actor, mentor, now, access, policy),
        now);
  }

  @Override
  public InternshipView proposePlan(Actor actor, TaskId task, List<MilestoneSpec> milestones) {
    Instant now = now();
    List<MilestoneSpec> copy = List.copyOf(milestones);
    return run(actor, task, "proposePlan",
        s -> PlanningDecisions.proposePlan(s, actor, copy, now, access, policy, split), now);
  }

  @Override
  public InternshipView assignIntern(Actor actor, TaskId task, Actor intern) {
    Instant now = now();
    return run(actor, task, "assignIntern", s -> PlanningDecisions.assignIntern(s, actor, intern, now, access, policy),
        now);
  }

  @Override
  public InternshipView acceptPlan(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "acceptPlan", s -> PlanningDecisions.acceptPlan(s, actor, now, access, policy), now);
  }

  @Override
  public InternshipView fundEscrow(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "fundEscrow", s -> PlanningDecisions.fundEscrow(s, actor, now, access, policy), now);
  }

  @Override
  public InternshipView submitMilestone(Actor actor, TaskId task, MilestoneId milestone, String note) {
    Instant now = now();
    return run(actor, task, "submitMilestone",
        s -> WorkDecisions.submitMilestone(s, actor, milestone.value(), note, now, access, policy), now);
  }

  @Override
  public InternshipView requestChanges(Actor actor, TaskId task, MilestoneId milestone, String feedback,
      List<FeedbackTag> tags) {
    Instant now = now();
    List<FeedbackTag> copy = List.copyOf(tags);
    return run(actor, task, "requestChanges",
        s -> WorkDecisions.requestChanges(s, actor, milestone.value(), feedback, copy, now, access, policy), now);
  }

  @Override
  public InternshipView approveMilestone(Actor actor, TaskId task, MilestoneId milestone, String feedback,
      List<FeedbackTag> tags) {
    Instant now = now();
    List<FeedbackTag> copy = List.copyOf(tags);
    return run(actor, task, "approveMilestone",
        s -> WorkDecisions.approveMilestone(s, actor, milestone.value(), feedback, copy, now, access, policy, split),
        now);
  }

  @Override
  public InternshipView askForHelp(Actor actor, TaskId task, HelpRequestId help, String question) {
    Instant now = now();
    return run(actor, task, "askForHelp",
        s -> WorkDecisions.askForHelp(s, actor, help.value(), question, now, access, policy), now);
  }

  @Override
  public InternshipView answerHelp(Actor actor, TaskId task, HelpRequestId help, String answer) {
    Instant now = now();
    return run(actor, task, "answerHelp",
        s -> WorkDecisions.answerHelp(s, actor, help.value(), answer, now, access, policy), now);
  }

  @Override
  public InternshipView resolveHelp(Actor actor, TaskId task, HelpRequestId help) {
    Instant now = now();
    return run(actor, task, "resolveHelp", s -> WorkDecisions.resolveHelp(s, actor, help.value(), now, access, policy),
        now);
  }

  @Override
  public InternshipView submitFinal(Actor actor, TaskId task, String note) {
    Instant now = now();
    return run(actor, task, "submitFinal", s -> WorkDecisions.submitFinal(s, actor, note, now, access, policy), now);
  }

  @Override
  public InternshipView deliverToRequester(Actor actor, TaskId task, String note) {
    Instant now = now();
    return run(actor, task, "deliverToRequester",
        s -> WorkDecisions.deliverToRequester(s, actor, note, now, access, policy), now);
  }

  @Override
  public InternshipView acceptDelivery(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "acceptDelivery",
        s -> WorkDecisions.acceptDelivery(s, actor, now, access, policy, split), now);
  }

  @Override
  public InternshipView rejectDelivery(Actor actor, TaskId task, String feedback) {
    Instant now = now();
    return run(actor, task, "rejectDelivery",
        s -> WorkDecisions.rejectDelivery(s, actor, feedback, now, access, policy), now);
  }

  @Override
  public InternshipView extend(Actor actor, TaskId task, Duration by) {
    Instant now = now();
    return run(actor, task, "extend", s -> ChangeDecisions.extend(s, actor, by, now, access, policy), now);
  }

  @Override
  public InternshipView withdrawIntern(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "withdrawIntern", s -> ChangeDecisions.withdrawIntern(s, actor, now, access, policy), now);
  }

  @Override
  public InternshipView replaceIntern(Actor actor, TaskId task, Actor intern) {
    Instant now = now();
    return run(actor, task, "replaceIntern",
        s -> ChangeDecisions.replaceIntern(s, actor, intern, now, access, policy), now);
  }

  @Override
  public InternshipView mentorTakeover(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "mentorTakeover", s -> ChangeDecisions.mentorTakeover(s, actor, now, access, policy), now);
  }

  @Override
  public InternshipView cancel(Actor actor, TaskId task) {
    Instant now = now();
    return run(actor, task, "cancel", s -> ChangeDecisions.cancel(s, actor, now, access, policy), now);
  }

  @Override
  public InternshipView openDispute(Actor actor, TaskId task, String reason) {
    Instant now = now();
    return run(actor, task, "openDispute", s -> ChangeDecisions.openDispute(s, actor, reason, now, access, policy),
        now);
  }

  @Override
  public InternshipView resolveDispute(Actor actor, TaskId task, int toRequesterPercent) {
    Instant now = now();
    return run(actor, task, "resolveDispute",
        s -> ChangeDecisions.resolveDispute(s, actor, toRequesterPercent, now, access, policy, split), now);
  }

  @Override
  public InternshipView endorseSkills(Actor actor, TaskId task, List<Skill> skills) {
    Instant now = now();
    List<Skill> copy = List.copyOf(skills);
    return run(actor, task, "endorseSkills", s -> WorkDecisions.endorseSkills(s, actor, copy, now, access, policy),
        now);
  }

  @Override
  public List<FiredRule> advanceTo(Instant until) {
    return clock.advanceTo(until);
  }

  @Override
  public Instant now() {
    return clock.now();
  }

  @Override
  public InternshipView view(TaskId task) {
    return find(task).orElseThrow(() -> AtelierException.notFound("task " + task + " does not exist"));
  }

  @Override
  public Optional<InternshipView> find(TaskId task) {
    InternshipState s = log.state(task.value());
    return s.exists() ? Optional.of(Views.of(s)) : Optional.empty();
  }

  @Override
  public List<InternshipView> all() {
    return log.states().stream().map(Views::of).toList();
  }

  @Override
  public List<InternshipView> ofMentor(PersonId mentor) {
    return log.states().stream().filter(s -> mentor.equals(s.mentor)).map(Views::of).toList();
  }

  @Override
  public List<InternshipView> ofIntern(PersonId intern) {
    return log.states().stream().filter(s -> intern.equals(s.intern) || s.formerInterns.contains(intern))
        .map(Views::of).toList();
  }

  @Override
  public List<AwaitingItem> awaiting(Actor actor) {
    List<AwaitingItem> items = new ArrayList<>();
    for (InternshipState s : log.states()) {
      items.addAll(Views.awaiting(s, actor.id(), actor.role()));
    }
    return List.copyOf(items);
  }

  @Override
  public List<TimelineEntry> timeline(TaskId task) {
    return log.timeline(task);
  }

  @Override
  public List<TimelineEntry> timeline() {
    return log.timeline();
  }

  @Override
  public List<Notification> notifications() {
    List<Notification> out = new ArrayList<>();
    log.forEachEventOf(TimelineEntry.NOTIFICATION_QUEUED, (e, event) -> out.add(((NotificationQueued) event).notification()));
    return List.copyOf(out);
  }

  @Override
  public List<PaymentInstruction> paymentInstructions() {
    List<PaymentInstruction> out = new ArrayList<>();
    log.forEachEventOf(TimelineEntry.LEDGER_POSTED, (e, event) -> out.addAll(((LedgerPosted) event).instructions()));
    return List.copyOf(out);
  }

  @Override
  public Ledger ledger(Currency currency) {
    List<LedgerTransaction> transactions = new ArrayList<>();
    log.forEachEventOf(TimelineEntry.LEDGER_POSTED, (e, event) -> {
      LedgerTransaction tx = ((LedgerPosted) event).transaction(InternshipLog.taskOf(e).value());
      if (tx.currency().equals(currency)) {
        transactions.add(tx);
      }
    });
    // A time rule fired late (after later commands) records an earlier instant; the ledger
    // wants time order, and a stable sort keeps the store's order among equal instants.
    transactions.sort(Comparator.comparing(LedgerTransaction::at));
    return Ledger.replay(currency, transactions);
  }

  @Override
  public LearningRecord learningRecord(PersonId intern) {
    List<LearningEntry> entries = new ArrayList<>();
    for (InternshipState s : log.states()) {
      if (s.status() == InternshipStatus.COMPLETED && intern.equals(s.intern) && s.mentor != null
          && s.endedAt != null) {
        entries.add(new LearningEntry(TaskId.of(s.taskId), s.task().title(), s.mentor, s.endedAt, s.endorsed,
            s.milestones.values().stream().map(Views::milestone).toList()));
      }
    }
    entries.sort(Comparator.comparing(LearningEntry::completedAt).thenComparing(e -> e.task().value()));
    return new LearningRecord(intern, entries);
  }

  @Override
  public PlanTemplates templates() {
    return templates;
  }

  @Override
  public WorkflowPolicy policy() {
    return policy;
  }

  private InternshipView run(Actor actor, TaskId task, String command,
      Decision<InternshipState, InternshipEvent> decision, Instant now) {
    Objects.requireNonNull(actor, "actor");
    CommandContext ctx = new CommandContext(actor.id().value(), command + "/" + task.value(), now);
    CommandResult<InternshipState, InternshipEvent> result =
        engine.runner().execute(InternshipAggregate.INSTANCE, task.value(), ctx, decision);
    return Views.of(result.state());
  }
}
