package org.atelier.core.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.atelier.core.AtelierException;
import org.atelier.core.internal.engine.CommandContext;
import org.atelier.core.internal.engine.CommandResult;
import org.atelier.core.internal.engine.Decision;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.internal.engine.Loaded;
import org.atelier.core.internal.engine.OutboxEvents;
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
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * {@link Internships} on the engine: each command loads the internship's stream, decides
 * with the aggregate, and appends through the {@link org.atelier.core.internal.engine.CommandRunner}.
 */
public final class InternshipService implements Internships {
  private static final int PAGE = 512;

  private final Engine engine;
  private final WorkflowPolicy policy;
  private final AccessPolicy access;
  private final SplitPolicy split;
  private final PlanTemplates templates;
  private final Object timeLock = new Object();
  private Instant floor = Instant.MIN;

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
    Objects.requireNonNull(until, "until");
    synchronized (timeLock) {
      if (until.isBefore(floor)) {
        throw AtelierException.validation("cannot advance to " + until + ": time already advanced to " + floor
            + "; expected an instant on or after it");
      }
      Map<String, InternshipState> states = new TreeMap<>();
      for (String task : taskIds()) {
        states.put(task, load(task).state());
      }
      List<FiredRule> fired = new ArrayList<>();
      while (true) {
        DueWork next = null;
        for (InternshipState s : states.values()) {
          DueWork due = TimeRules.next(s, policy, until);
          if (due != null && (next == null || due.compareTo(next) < 0)) {
            next = due;
          }
        }
        if (next == null) {
          break;
        }
        DueWork work = next;
        CommandContext ctx = new CommandContext(TimeRules.CLOCK.value(),
            work.rule().label() + "/" + work.task() + "/" + work.subject(), work.at());
        CommandResult<InternshipState, InternshipEvent> result = engine.runner().execute(InternshipAggregate.INSTANCE,
            work.task(), ctx, s -> TimeRules.fire(s, work, policy, split));
        if (result.events().isEmpty()) {
          throw new IllegalStateException("time rule " + work + " was due but fired nothing");
        }
        states.put(work.task(), result.state());
        fired.add(new FiredRule(TaskId.of(work.task()), work.rule(), work.subject(), work.at()));
      }
      floor = until;
      return List.copyOf(fired);
    }
  }

  @Override
  public Instant now() {
    Instant clock = engine.clock().instant();
    synchronized (timeLock) {
      return clock.isBefore(floor) ? floor : clock;
    }
  }

  @Override
  public InternshipView view(TaskId task) {
    return find(task).orElseThrow(() -> AtelierException.notFound("task " + task + " does not exist"));
  }

  @Override
  public Optional<InternshipView> find(TaskId task) {
    InternshipState s = load(task.value()).state();
    return s.exists() ? Optional.of(Views.of(s)) : Optional.empty();
  }

  @Override
  public List<InternshipView> all() {
    return states().stream().map(Views::of).toList();
  }

  @Override
  public List<InternshipView> ofMentor(PersonId mentor) {
    return states().stream().filter(s -> mentor.equals(s.mentor)).map(Views::of).toList();
  }

  @Override
  public List<InternshipView> ofIntern(PersonId intern) {
    return states().stream().filter(s -> intern.equals(s.intern) || s.formerInterns.contains(intern))
        .map(Views::of).toList();
  }

  @Override
  public List<AwaitingItem> awaiting(Actor actor) {
    List<AwaitingItem> items = new ArrayList<>();
    for (InternshipState s : states()) {
      items.addAll(Views.awaiting(s, actor.id(), actor.role()));
    }
    return List.copyOf(items);
  }

  @Override
  public List<TimelineEntry> timeline(TaskId task) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (StoredEvent e : engine.store().readStream(InternshipAggregate.INSTANCE.streamId(task.value()))) {
      if (!OutboxEvents.isReserved(e.data().type())) {
        entries.add(entry(task, e));
      }
    }
    if (entries.isEmpty()) {
      throw AtelierException.notFound("task " + task + " does not exist");
    }
    return List.copyOf(entries);
  }

  @Override
  public List<TimelineEntry> timeline() {
    List<TimelineEntry> entries = new ArrayList<>();
    forEachEvent(e -> entries.add(entry(taskOf(e), e)));
    return List.copyOf(entries);
  }

  @Override
  public List<Notification> notifications() {
    List<Notification> out = new ArrayList<>();
    forEachEventOf(TimelineEntry.NOTIFICATION_QUEUED, (e, event) -> out.add(((NotificationQueued) event).notification()));
    return List.copyOf(out);
  }

  @Override
  public List<PaymentInstruction> paymentInstructions() {
    List<PaymentInstruction> out = new ArrayList<>();
    forEachEventOf(TimelineEntry.LEDGER_POSTED, (e, event) -> out.addAll(((LedgerPosted) event).instructions()));
    return List.copyOf(out);
  }

  @Override
  public Ledger ledger(Currency currency) {
    List<LedgerTransaction> transactions = new ArrayList<>();
    forEachEventOf(TimelineEntry.LEDGER_POSTED, (e, event) -> {
      LedgerTransaction tx = ((LedgerPosted) event).transaction(taskOf(e).value());
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
    for (InternshipState s : states()) {
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

  private Loaded<InternshipState> load(String task) {
    return engine.runner().load(InternshipAggregate.INSTANCE, task);
  }

  private List<InternshipState> states() {
    List<InternshipState> states = new ArrayList<>();
    for (String task : taskIds()) {
      InternshipState s = load(task).state();
      if (s.exists()) {
        states.add(s);
      }
    }
    return states;
  }

  private TreeSet<String> taskIds() {
    TreeSet<String> ids = new TreeSet<>();
    forEachEvent(e -> ids.add(e.streamId().substring(InternshipAggregate.STREAM_PREFIX.length())));
    return ids;
  }

  /** Visits every internship event (not outbox records) in the store's global order. */
  /** Visits the stored events of one type, decoded, in the store's global order. */
  private void forEachEventOf(String type, java.util.function.BiConsumer<StoredEvent, InternshipEvent> visitor) {
    forEachEvent(e -> {
      if (e.data().type().equals(type)) {
        visitor.accept(e, decode(e));
      }
    });
  }

  private void forEachEvent(java.util.function.Consumer<StoredEvent> visitor) {
    long position = 1;
    while (true) {
      EventPage page = engine.store().readAll(position, PAGE);
      for (StoredEvent e : page.events()) {
        if (e.streamId().startsWith(InternshipAggregate.STREAM_PREFIX) && !OutboxEvents.isReserved(e.data().type())) {
          visitor.accept(e);
        }
      }
      if (page.endReached() || page.events().isEmpty()) {
        return;
      }
      position = page.nextPosition();
    }
  }

  private static TaskId taskOf(StoredEvent e) {
    return TaskId.of(e.streamId().substring(InternshipAggregate.STREAM_PREFIX.length()));
  }

  private static TimelineEntry entry(TaskId task, StoredEvent e) {
    return new TimelineEntry(task, e.version(), e.data().type(), e.data().metadata().timestamp(),
        e.data().metadata().actor());
  }

  private static InternshipEvent decode(StoredEvent e) {
    return InternshipAggregate.INSTANCE.codec().decode(e.data().type(), e.data().schemaVersion(), e.data().payload());
  }
}
