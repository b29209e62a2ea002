package org.atelier.core.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.atelier.core.AtelierException;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.model.TaskId;
import org.atelier.core.workflow.TimelineEntry;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.StoredEvent;

/**
 * The internships as the event store holds them: every internship's stream, read in the
 * store's global order, page by page, without the outbox's records. The service's queries
 * and the time rules read through it. Complexity: each read is {@code O(e)} for {@code e}
 * stored events.
 */
final class InternshipLog {
  private static final int PAGE = 512;

  private final Engine engine;

  InternshipLog(Engine engine) {
    this.engine = engine;
  }

  /** One internship's state, folded from its stream; an empty state if it was never posted. */
  InternshipState state(String task) {
    return engine.runner().load(InternshipAggregate.INSTANCE, task).state();
  }

  /** Every posted internship's state, in task id order. */
  List<InternshipState> states() {
    List<InternshipState> states = new ArrayList<>();
    for (String task : taskIds()) {
      InternshipState s = state(task);
      if (s.exists()) {
        states.add(s);
      }
    }
    return states;
  }

  /** The ids of every task with an internship stream, in order. */
  TreeSet<String> taskIds() {
    TreeSet<String> ids = new TreeSet<>();
    forEachEvent(e -> ids.add(taskIdOf(e)));
    return ids;
  }

  /** One internship's timeline, without outbox records. */
  List<TimelineEntry> timeline(TaskId task) {
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

  /** Every internship's timeline, interleaved in the store's global order. */
  List<TimelineEntry> timeline() {
    List<TimelineEntry> entries = new ArrayList<>();
    forEachEvent(e -> entries.add(entry(taskOf(e), e)));
    return List.copyOf(entries);
  }

  /** Visits the stored events of one type, decoded, in the store's global order. */
  void forEachEventOf(String type, BiConsumer<StoredEvent, InternshipEvent> visitor) {
    forEachEvent(e -> {
      if (e.data().type().equals(type)) {
        visitor.accept(e, decode(e));
      }
    });
  }

  /** Visits every internship event (not outbox records) in the store's global order. */
  private void forEachEvent(Consumer<StoredEvent> visitor) {
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

  /** The task whose stream holds an event. */
  static TaskId taskOf(StoredEvent e) {
    return TaskId.of(taskIdOf(e));
  }

  private static String taskIdOf(StoredEvent e) {
    return e.streamId().substring(InternshipAggregate.STREAM_PREFIX.length());
  }

  private static TimelineEntry entry(TaskId task, StoredEvent e) {
    return new TimelineEntry(task, e.version(), e.data().type(), e.data().metadata().timestamp(),
        e.data().metadata().actor());
  }

  private static InternshipEvent decode(StoredEvent e) {
    return InternshipAggregate.INSTANCE.codec().decode(e.data().type(), e.data().schemaVersion(), e.data().payload());
  }
}
