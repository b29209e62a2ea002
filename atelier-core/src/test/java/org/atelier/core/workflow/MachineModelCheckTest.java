package org.atelier.core.workflow;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.workflow.MachineModel.Step;
import org.atelier.core.workflow.MachineModel.Step.Kind;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * Random command sequences, invalid ones included, run against the real service and against
 * {@link MachineModel}: after every command the statuses, parties, flags and the outcome
 * (success or error code) must agree.
 */
class MachineModelCheckTest {
  private static final List<MilestoneId> MILESTONES = List.of(Fixture.M1, Fixture.M2, Fixture.M3);
  private static final java.util.Set<InternshipStatus> REACHED =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(InternshipStatus.class));
  private static final java.util.Set<MilestoneStatus> REACHED_MILESTONE =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(MilestoneStatus.class));
  private static final java.util.Set<HelpStatus> REACHED_HELP =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(HelpStatus.class));

  /** The system under test: a fresh Atelier and the outcome of its last command. */
  static final class Sut {
    final Fixture fixture = new Fixture();
    String outcome = "OK";

    void run(Step step) {
      try {
        issue(step);
        outcome = "OK";
      } catch (AtelierException e) {
        outcome = e.code().name();
      }
    }

    private void issue(Step s) {
      Internships x = fixture.flow;
      Actor intern = x.find(Fixture.T1).map(v -> v.intern()).map(p -> Actor.intern(p.value())).orElse(Fixture.INT);
      MilestoneId m = MILESTONES.get(s.index());
      HelpRequestId h = HelpRequestId.of(s.help());
      switch (s.kind()) {
        case POST -> x.postTask(Fixture.REQ, Fixture.posting(Fixture.T1));
        case CHOOSE_MENTOR -> x.chooseMentor(Fixture.REQ, Fixture.T1, Fixture.MEN);
        case PROPOSE_PLAN -> x.proposePlan(Fixture.MEN, Fixture.T1, Fixture.plan());
        case ASSIGN -> x.assignIntern(Fixture.REQ, Fixture.T1, Fixture.INT);
        case ACCEPT -> x.acceptPlan(intern, Fixture.T1);
        case FUND -> x.fundEscrow(Fixture.REQ, Fixture.T1);
        case SUBMIT -> x.submitMilestone(intern, Fixture.T1, m, "");
        case REQUEST_CHANGES -> x.requestChanges(Fixture.MEN, Fixture.T1, m, "again", List.of());
        case APPROVE -> x.approveMilestone(Fixture.MEN, Fixture.T1, m);
        case ASK -> x.askForHelp(intern, Fixture.T1, h, "how?");
        case ANSWER -> x.answerHelp(Fixture.MEN, Fixture.T1, h, "so");
        case RESOLVE -> x.resolveHelp(intern, Fixture.T1, h);
        case SUBMIT_FINAL -> x.submitFinal(intern, Fixture.T1, "");
        case DELIVER -> x.deliverToRequester(Fixture.MEN, Fixture.T1, "");
        case ACCEPT_DELIVERY -> x.acceptDelivery(Fixture.REQ, Fixture.T1);
        case REJECT_DELIVERY -> x.rejectDelivery(Fixture.REQ, Fixture.T1, "not yet");
        case WITHDRAW -> x.withdrawIntern(Fixture.OPS, Fixture.T1);
        case REPLACE -> x.replaceIntern(Fixture.REQ, Fixture.T1, Actor.intern(s.newIntern()));
        case TAKEOVER -> x.mentorTakeover(Fixture.MEN, Fixture.T1);
        case CANCEL -> x.cancel(Fixture.REQ, Fixture.T1);
        case DISPUTE -> x.openDispute(Fixture.REQ, Fixture.T1, "");
        case SETTLE -> x.resolveDispute(Fixture.OPS, Fixture.T1, 30);
      }
      fixture.clock.advance(Duration.ofMinutes(1));
    }

    MachineModel toModel() {
      fixture.flow.find(Fixture.T1).ifPresent(v -> {
        REACHED.add(v.status());
        v.milestones().forEach(mv -> REACHED_MILESTONE.add(mv.status()));
        v.help().forEach(hv -> REACHED_HELP.add(hv.status()));
      });
      return fixture.flow.find(Fixture.T1).map(v -> {
        Map<String, HelpStatus> help = new TreeMap<>();
        v.help().forEach(h -> help.put(h.id().value(), h.status()));
        boolean accepted = v.planVersion() > 0 && v.acceptedPlanVersion() == v.planVersion();
        return new MachineModel(v.status(), v.mentor() != null, v.intern() == null ? null : v.intern().value(),
            accepted, v.escrowFunded(), v.mentorTookOver(),
            v.milestones().stream().map(MilestoneView::status).toList(), help, outcome);
      }).orElse(new MachineModel(null, false, null, false, false, false, List.of(), new TreeMap<>(), outcome));
    }
  }

  /** A step as a QuickTheories command: the real service runs it, the model predicts it. */
  record Run(Step step) implements org.quicktheories.core.stateful.Command<Sut, MachineModel> {
    @Override
    public void run(Sut sut) {
      sut.run(step);
    }

    @Override
    public MachineModel nextState(MachineModel model) {
      return model.apply(step);
    }

    @Override
    public String toString() {
      return step.toString();
    }
  }

  @Test
  void randomCommandSequences_agreeWithTheIndependentModel() {
    qt().withExamples(50).withShrinkCycles(30)
        .forAll(prefixes().zip(lists().of(steps()).ofSizeBetween(1, 40), MachineModelCheckTest::concat))
        .checkAssert(runs -> Sequential.modelCheck(MachineModel.INITIAL, runs, model -> new Sut(), Sut::toModel));
    // The sequences must reach deep into the machines for the check to mean something.
    org.assertj.core.api.Assertions.assertThat(REACHED).contains(InternshipStatus.IN_PROGRESS,
        InternshipStatus.CANCELLED, InternshipStatus.DISPUTED, InternshipStatus.AWAITING_INTERN);
    org.assertj.core.api.Assertions.assertThat(REACHED_MILESTONE).contains(MilestoneStatus.SUBMITTED,
        MilestoneStatus.CHANGES_REQUESTED, MilestoneStatus.APPROVED);
    org.assertj.core.api.Assertions.assertThat(REACHED_HELP).contains(HelpStatus.OPEN, HelpStatus.ANSWERED,
        HelpStatus.RESOLVED);
  }

  /** Where a sequence starts: from nothing, or from a quick walk into the middle of the machine. */
  private static Gen<List<Run>> prefixes() {
    List<Kind> fundLast = List.of(Kind.POST, Kind.CHOOSE_MENTOR, Kind.PROPOSE_PLAN, Kind.ASSIGN, Kind.ACCEPT,
        Kind.FUND);
    List<Kind> acceptLast = List.of(Kind.POST, Kind.CHOOSE_MENTOR, Kind.ASSIGN, Kind.PROPOSE_PLAN, Kind.FUND,
        Kind.ACCEPT);
    List<Kind> working = new ArrayList<>(fundLast);
    working.addAll(List.of(Kind.SUBMIT, Kind.APPROVE));
    return Generate.pick(List.of(List.<Kind>of(), List.of(Kind.POST), fundLast, acceptLast, working, working))
        .map(kinds -> kinds.stream().map(k -> new Run(new Step(k, 0, "h1", "int-2"))).toList());
  }

  private static List<Run> concat(List<Run> a, List<Run> b) {
    List<Run> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Gen<Run> steps() {
    Gen<Integer> milestone = integers().between(0, 2);
    Gen<String> help = Generate.pick(List.of("h1", "h2"));
    Gen<String> intern = Generate.pick(List.of("int-1", "int-2"));
    List<Pair<Integer, Gen<Step>>> weighted = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      int weight = switch (kind) {
        case SUBMIT, APPROVE -> 12;
        case POST, CHOOSE_MENTOR, PROPOSE_PLAN, ASSIGN, ACCEPT, FUND, REQUEST_CHANGES, ASK, ANSWER, RESOLVE -> 4;
        case SUBMIT_FINAL, DELIVER -> 3;
        default -> 1;
      };
      Gen<Step> gen = milestone.zip(help, intern, (i, h, n) -> new Step(kind, i, h, n));
      weighted.add(Pair.of(weight, gen));
    }
    return Generate.frequency(weighted).map(Run::new);
  }
}
