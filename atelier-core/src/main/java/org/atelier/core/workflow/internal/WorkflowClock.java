package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.internal.engine.CommandContext;
import org.atelier.core.internal.engine.CommandResult;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.model.TaskId;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.workflow.FiredRule;
import org.atelier.core.workflow.WorkflowPolicy;

/**
 * The workflow's time: {@link #now()} is the engine's clock, but never earlier than the
 * instant time was last advanced to, and {@link #advanceTo} fires every time rule that comes
 * due up to an instant, across all internships, earliest first (ties in {@link DueWork}'s
 * order), each as its own command. Thread-safe: advancing and reading the floor share one lock.
 */
final class WorkflowClock {
  private final Engine engine;
  private final InternshipLog log;
  private final WorkflowPolicy policy;
  private final SplitPolicy split;
  private final Object lock = new Object();
  private Instant floor = Instant.MIN;

  WorkflowClock(Engine engine, InternshipLog log, WorkflowPolicy policy, SplitPolicy split) {
    this.engine = engine;
    this.log = log;
    this.policy = policy;
    this.split = split;
  }

  /** The engine's clock, or the instant time was advanced to if that is later. */
  Instant now() {
    Instant clock = engine.clock().instant();
    synchronized (lock) {
      return clock.isBefore(floor) ? floor : clock;
    }
  }

  /**
   * Fires every rule due up to {@code until}, refusing to go back in time. Each firing sees
   * the state the previous ones left, so a rule that a firing makes due is fired too.
   */
  List<FiredRule> advanceTo(Instant until) {
    Objects.requireNonNull(until, "until");
    synchronized (lock) {
      if (until.isBefore(floor)) {
        throw AtelierException.validation("cannot advance to " + until + ": time already advanced to " + floor
            + "; expected an instant on or after it");
      }
      Map<String, InternshipState> states = new TreeMap<>();
      for (String task : log.taskIds()) {
        states.put(task, log.state(task));
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
}
