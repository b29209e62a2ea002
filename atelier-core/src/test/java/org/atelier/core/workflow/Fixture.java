package org.atelier.core.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.atelier.core.Atelier;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.spi.Money;

/** The contract's example people and task, on a fresh in-memory Atelier with a settable clock. */
final class Fixture {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-03-30T00:00:00Z");
  static final Actor REQ = Actor.requester("req-1");
  static final Actor MEN = Actor.mentor("men-1");
  static final Actor INT = Actor.intern("int-1");
  static final Actor INT2 = Actor.intern("int-2");
  static final Actor OPS = Actor.platform("ops");
  static final TaskId T1 = TaskId.of("t1");
  static final MilestoneId M1 = MilestoneId.of("m1");
  static final MilestoneId M2 = MilestoneId.of("m2");
  static final MilestoneId M3 = MilestoneId.of("m3");
  static final HelpRequestId H1 = HelpRequestId.of("h1");

  final SettableClock clock = new SettableClock(START);
  final Atelier atelier;
  final Internships flow;

  Fixture() {
    this(WorkflowPolicy.defaults());
  }

  Fixture(WorkflowPolicy policy) {
    atelier = Atelier.newBuilder().clock(clock).embeddedDefaults().workflowPolicy(policy).build();
    flow = atelier.internships();
  }

  static TaskPosting posting(TaskId id) {
    return TaskPosting.of(id, "CSV import tool", Money.parse("1000.00", "USD"), DEADLINE,
        List.of(Skill.of("java", 3)));
  }

  static List<MilestoneSpec> plan() {
    return List.of(
        MilestoneSpec.of(M1, "Parser", 30, Instant.parse("2026-03-09T00:00:00Z"), List.of()),
        MilestoneSpec.of(M2, "Tests", 30, Instant.parse("2026-03-16T00:00:00Z"), List.of(M1)),
        MilestoneSpec.of(M3, "Package", 40, Instant.parse("2026-03-23T00:00:00Z"), List.of(M2)));
  }

  /** Posts t1 and takes it to IN_PROGRESS with int-1 as in the contract's example. */
  Fixture inProgress() {
    flow.postTask(REQ, posting(T1));
    flow.chooseMentor(REQ, T1, MEN);
    flow.proposePlan(MEN, T1, plan());
    flow.assignIntern(REQ, T1, INT);
    flow.acceptPlan(INT, T1);
    flow.fundEscrow(REQ, T1);
    return this;
  }

  void advance(Duration by) {
    clock.advance(by);
    flow.advanceTo(clock.instant());
  }

  String balance(String account) {
    return atelier.internships().ledger(Money.currency("USD")).balances().entrySet().stream()
        .filter(e -> e.getKey().value().equals(account)).map(e -> e.getValue().toDecimalString()).findFirst()
        .orElse("0.00");
  }
}
