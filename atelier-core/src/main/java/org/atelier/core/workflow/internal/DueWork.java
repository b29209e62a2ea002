package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.Comparator;
import org.atelier.core.workflow.TimeRule;

/**
 * One time rule that comes due at an instant for one task and subject (a milestone id, a
 * help request id, or the task id). The order is the order of firing: by time, then task,
 * then rule, then subject, so that simultaneous rules fire in a fixed order.
 */
public record DueWork(Instant at, String task, TimeRule rule, String subject) implements Comparable<DueWork> {
  private static final Comparator<DueWork> ORDER = Comparator.comparing(DueWork::at).thenComparing(DueWork::task)
      .thenComparing(DueWork::rule).thenComparing(DueWork::subject);

  @Override
  public int compareTo(DueWork other) {
    return ORDER.compare(this, other);
  }
}
