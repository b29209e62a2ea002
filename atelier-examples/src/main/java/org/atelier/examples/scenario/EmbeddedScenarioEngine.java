package org.atelier.examples.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.core.Atelier;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.Role;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.payment.AccountId;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.workflow.InternshipView;
import org.atelier.core.workflow.Internships;
import org.atelier.core.workflow.TimelineEntry;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentKind;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's engine on the embedded default: a fresh in-memory {@link Atelier} on the
 * scenario's clock, with the scenario's policy. Each step maps to one {@link Internships}
 * command; the outbox is dispatched synchronously, in the caller's thread.
 */
final class EmbeddedScenarioEngine implements ScenarioEngine {

  private final Scenario scenario;
  private final ScenarioClock clock;
  private final Atelier atelier;
  private final Internships internships;

  EmbeddedScenarioEngine(Scenario scenario, ScenarioClock clock) {
    this.scenario = scenario;
    this.clock = clock;
    ScenarioPolicy p = scenario.policy();
    WorkflowPolicy policy = new WorkflowPolicy(p.platformFeePercent(), p.mentorSharePercent(), p.reviewTimeoutHours(),
        p.acceptanceTimeoutHours(), p.helpEscalationHours(), p.stallNudgeHours(), platformRecipient(scenario));
    this.atelier = Atelier.newBuilder().clock(clock).embeddedDefaults().workflowPolicy(policy).build();
    this.internships = atelier.internships();
  }

  /** Platform notifications go to the scenario's first platform person, or to {@code platform}. */
  private static String platformRecipient(Scenario scenario) {
    return scenario.people().stream().filter(p -> p.role() == PersonRole.PLATFORM).map(Person::id).findFirst()
        .orElse(AccountId.platform().value());
  }

  @Override
  public void perform(CommandStep step, Person person) {
    Actor actor = Actor.of(person.id(), Role.valueOf(person.role().name()));
    StepArguments a = step.arguments();
    TaskId task = TaskId.of(StepArguments.required(a.task(), StepField.TASK));
    switch (step.command()) {
      case POST_TASK -> internships.postTask(actor, TaskPosting.of(task,
          StepArguments.required(a.title(), StepField.TITLE),
          StepArguments.required(a.budget(), StepField.BUDGET),
          StepArguments.required(a.deadline(), StepField.DEADLINE),
          Skill.fromMap(StepArguments.required(a.skills(), StepField.SKILLS))));
      case CHOOSE_MENTOR -> internships.chooseMentor(actor, task,
          Actor.mentor(StepArguments.required(a.mentor(), StepField.MENTOR)));
      case PROPOSE_PLAN -> internships.proposePlan(actor, task, plan(task, a));
      case ASSIGN_INTERN -> internships.assignIntern(actor, task,
          Actor.intern(StepArguments.required(a.intern(), StepField.INTERN)));
      case ACCEPT_PLAN -> internships.acceptPlan(actor, task);
      case FUND_ESCROW -> internships.fundEscrow(actor, task);
      case SUBMIT_MILESTONE -> internships.submitMilestone(actor, task, milestone(a), text(a.note()));
      case REQUEST_CHANGES -> internships.requestChanges(actor, task, milestone(a),
          StepArguments.required(a.feedback(), StepField.FEEDBACK), List.of());
      case APPROVE_MILESTONE -> internships.approveMilestone(actor, task, milestone(a));
      case ASK_FOR_HELP -> internships.askForHelp(actor, task, help(a),
          StepArguments.required(a.question(), StepField.QUESTION));
      case ANSWER_HELP -> internships.answerHelp(actor, task, help(a),
          StepArguments.required(a.answer(), StepField.ANSWER));
      case RESOLVE_HELP -> internships.resolveHelp(actor, task, help(a));
      case SUBMIT_FINAL -> internships.submitFinal(actor, task, text(a.note()));
      case DELIVER_TO_REQUESTER -> internships.deliverToRequester(actor, task, text(a.note()));
      case ACCEPT_DELIVERY -> internships.acceptDelivery(actor, task);
      case REJECT_DELIVERY -> internships.rejectDelivery(actor, task,
          StepArguments.required(a.feedback(), StepField.FEEDBACK));
      case EXTEND -> internships.extend(actor, task, StepArguments.required(a.by(), StepField.BY));
      case WITHDRAW_INTERN -> internships.withdrawIntern(actor, task);
      case REPLACE_INTERN -> internships.replaceIntern(actor, task,
          Actor.intern(StepArguments.required(a.intern(), StepField.INTERN)));
      case MENTOR_TAKEOVER -> internships.mentorTakeover(actor, task);
      case CANCEL -> internships.cancel(actor, task);
      case OPEN_DISPUTE -> internships.openDispute(actor, task, "");
      case RESOLVE_DISPUTE -> internships.resolveDispute(actor, task,
          StepArguments.required(a.toRequesterPercent(), StepField.TO_REQUESTER_PERCENT));
    }
  }

  /** The milestones of the file, or those of the named template between now and the task's deadline. */
  private List<MilestoneSpec> plan(TaskId task, StepArguments a) {
    if (a.template() != null) {
      Instant deadline = internships.view(task).task().deadline();
      return internships.templates().get(a.template()).instantiate(clock.instant(), deadline);
    }
    List<MilestoneSpec> specs = new ArrayList<>();
    for (PlannedMilestone m : StepArguments.required(a.milestones(), StepField.MILESTONES)) {
      MilestoneSpec spec = MilestoneSpec.of(MilestoneId.of(m.id()), m.title(), m.share(), m.due(),
          m.after().stream().map(MilestoneId::of).toList());
      specs.add(m.criteria().isEmpty() ? spec : spec.withAcceptanceCriteria(m.criteria()));
    }
    return specs;
  }

  private static MilestoneId milestone(StepArguments a) {
    return MilestoneId.of(StepArguments.required(a.milestone(), StepField.MILESTONE));
  }

  private static HelpRequestId help(StepArguments a) {
    return HelpRequestId.of(StepArguments.required(a.help(), StepField.HELP));
  }

  private static String text(@Nullable String optional) {
    return optional == null ? "" : optional;
  }

  @Override
  public void advanceTo(Instant instant) {
    clock.set(instant);
    internships.advanceTo(instant);
  }

  @Override
  public void dispatch() {
    atelier.dispatchPending();
  }

  @Override
  public List<ScenarioResult.EventLine> events() {
    return internships.timeline().stream()
        .filter(TimelineEntry::isWorkflowFact)
        .map(e -> new ScenarioResult.EventLine(e.task().toString(), e.type(), e.at().toString()))
        .toList();
  }

  @Override
  public List<ScenarioResult.NotificationLine> notifications() {
    return atelier.notifications().stream()
        .map(n -> n.notification())
        .map(n -> new ScenarioResult.NotificationLine(n.recipient(), n.kind(), n.task(), n.at().toString()))
        .toList();
  }

  @Override
  public List<ScenarioResult.PayoutLine> payouts() {
    return atelier.payouts().stream()
        .map(p -> p.instruction())
        .filter(i -> i.kind() == PaymentKind.PAYOUT)
        .map(i -> new ScenarioResult.PayoutLine(i.to(), i.amount().toDecimalString(), i.task(), i.idempotencyKey()))
        .toList();
  }

  @Override
  public List<ScenarioResult.InternshipSummary> internships() {
    return internships.all().stream()
        .sorted(Comparator.comparing(v -> v.id().toString()))
        .map(EmbeddedScenarioEngine::summary)
        .toList();
  }

  private static ScenarioResult.InternshipSummary summary(InternshipView v) {
    return new ScenarioResult.InternshipSummary(v.id().toString(), v.status().name(),
        v.mentor() == null ? null : v.mentor().toString(),
        v.intern() == null ? null : v.intern().toString(),
        v.milestones().stream()
            .map(m -> new ScenarioResult.MilestoneLine(m.id().toString(), m.status().name(), m.revisions()))
            .toList(),
        v.help().stream().map(h -> new ScenarioResult.HelpLine(h.id().toString(), h.status().name())).toList());
  }

  @Override
  public SortedMap<String, String> balances() {
    SortedMap<String, String> balances = new TreeMap<>();
    for (Map.Entry<AccountId, Money> b : internships.ledger(scenario.currency()).balances().entrySet()) {
      balances.put(b.getKey().value(), b.getValue().toDecimalString());
    }
    return balances;
  }
}
