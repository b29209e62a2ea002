package org.atelier.core.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.atelier.core.workflow.WorkflowPolicy;

/**
 * The events one decision produces, folded as they are added so that later events (money
 * movements, notifications) see the state after the earlier ones.
 */
final class Outcome {
  private final WorkflowPolicy policy;
  private final List<InternshipEvent> events = new ArrayList<>();
  private InternshipState current;

  Outcome(InternshipState start, WorkflowPolicy policy) {
    this.current = start;
    this.policy = policy;
  }

  /** Adds a workflow event and the notifications it causes. */
  Outcome fact(InternshipEvent event) {
    InternshipState before = current;
    append(event);
    for (InternshipEvent notification : NotificationRules.notify(before, current, event, policy)) {
      append(notification);
    }
    return this;
  }

  /** Adds money movements or outbox messages, which cause no notifications. */
  Outcome moves(List<? extends InternshipEvent> more) {
    more.forEach(this::append);
    return this;
  }

  InternshipState current() {
    return current;
  }

  List<InternshipEvent> events() {
    return List.copyOf(events);
  }

  private void append(InternshipEvent event) {
    events.add(event);
    current = Fold.evolve(current, event);
  }
}
