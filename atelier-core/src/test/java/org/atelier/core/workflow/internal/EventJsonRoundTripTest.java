package org.atelier.core.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.atelier.core.Atelier;
import org.atelier.core.internal.engine.EventCodec;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.model.Actor;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.TaskId;
import org.atelier.core.model.TaskPosting;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.core.workflow.FeedbackTag;
import org.atelier.core.workflow.Internships;
import org.atelier.spi.Money;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Every event type, produced by real commands, survives the engine's Jackson codec: decoding
 * the stored bytes and encoding again gives the same bytes and an equal event.
 */
class EventJsonRoundTripTest {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Actor REQ = Actor.requester("req-1");
  static final Actor MEN = Actor.mentor("men-1");
  static final Actor INT = Actor.intern("int-1");
  static final Actor OPS = Actor.platform("ops");
  static final MilestoneId M1 = MilestoneId.of("m1");
  static final MilestoneId M2 = MilestoneId.of("m2");

  @Test
  void everyEventType_roundTripsThroughTheCodec() {
    Atelier atelier = Atelier.newBuilder().clock(Clock.fixed(START, ZoneOffset.UTC)).embeddedDefaults().build();
    Internships flow = atelier.internships();
    TaskId a = started(flow, "a");
    flow.submitMilestone(INT, a, M1, "first cut");
    flow.requestChanges(MEN, a, M1, "quoted commas", List.of(FeedbackTag.CORRECTNESS, FeedbackTag.STYLE));
    flow.askForHelp(INT, a, HelpRequestId.of("h1"), "which dialect?");
    flow.askForHelp(INT, a, HelpRequestId.of("h2"), "which encoding?");
    flow.answerHelp(MEN, a, HelpRequestId.of("h1"), "RFC 4180");
    flow.resolveHelp(INT, a, HelpRequestId.of("h1"));
    flow.extend(REQ, a, Duration.ofDays(2));
    flow.submitMilestone(INT, a, M1, "");
    flow.advanceTo(START.plus(Duration.ofDays(17)));
    flow.submitMilestone(INT, a, M2, "");
    flow.approveMilestone(MEN, a, M2, "clean", List.of(FeedbackTag.BEST_PRACTICE));
    flow.submitFinal(INT, a, "done");
    flow.deliverToRequester(MEN, a, "here it is");
    flow.rejectDelivery(REQ, a, "missing README");
    flow.submitFinal(INT, a, "with README");
    flow.deliverToRequester(MEN, a, "");
    flow.endorseSkills(MEN, a, List.of(Skill.of("java", 3)));
    flow.acceptDelivery(REQ, a);

    TaskId b = started(flow, "b");
    flow.withdrawIntern(INT, b);
    flow.replaceIntern(REQ, b, Actor.intern("int-2"));
    flow.mentorTakeover(MEN, b);
    flow.cancel(OPS, b);

    TaskId c = started(flow, "c");
    flow.openDispute(INT, c, "scope creep");
    flow.resolveDispute(OPS, c, 40);

    EventCodec<InternshipEvent> codec = InternshipAggregate.INSTANCE.codec();
    Set<String> seen = new TreeSet<>();
    for (StoredEvent stored : all(atelier)) {
      if (OutboxEvents.isReserved(stored.data().type())) {
        continue;
      }
      byte[] payload = stored.data().payload();
      InternshipEvent event = codec.decode(stored.data().type(), stored.data().schemaVersion(), payload);
      assertThat(codec.typeName(event)).isEqualTo(stored.data().type());
      assertThat(codec.encode(event)).as(stored.data().type()).isEqualTo(payload);
      assertThat(codec.decode(stored.data().type(), 1, codec.encode(event))).isEqualTo(event);
      seen.add(stored.data().type());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(
        InternshipEvent.TYPES.stream().map(InternshipAggregate::typeName).collect(Collectors.toSet()));
  }

  private static TaskId started(Internships flow, String id) {
    TaskId task = TaskId.of(id);
    flow.postTask(REQ, TaskPosting.of(task, "Task " + id, Money.parse("1000.00", "USD"),
        START.plus(Duration.ofDays(28)), List.of(Skill.of("java", 3))));
    flow.chooseMentor(REQ, task, MEN);
    flow.proposePlan(MEN, task, List.of(
        MilestoneSpec.of(M1, "Parser", 40, START.plus(Duration.ofDays(7)), List.of()),
        MilestoneSpec.of(M2, "Tests", 60, START.plus(Duration.ofDays(14)), List.of(M1))));
    flow.assignIntern(REQ, task, INT);
    flow.acceptPlan(INT, task);
    flow.fundEscrow(REQ, task);
    return task;
  }

  private static List<StoredEvent> all(Atelier atelier) {
    EventPage page = atelier.eventStore().readAll(1, 100_000);
    return page.events();
  }
}
