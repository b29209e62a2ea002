package org.atelier.spi.notify;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One message to one person about one task.
 *
 * @param dedupeKey a deterministic key: deliveries with the same key are repeats of one
 *     notification, which a host may drop
 * @param recipient the person's id
 * @param kind what happened, such as {@code MILESTONE_SUBMITTED}
 * @param task the task it concerns
 * @param parameters details for the message template, such as the milestone id
 * @param at when it happened
 * @since 0.1
 */
public record Notification(
    String dedupeKey, String recipient, String kind, String task, Map<String, String> parameters, Instant at) {
  /**
   * Checks and copies the parts.
   *
   * @param dedupeKey the dedupe key
   * @param recipient the recipient
   * @param kind the kind
   * @param task the task
   * @param parameters the parameters
   * @param at the time
   */
  public Notification {
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(at, "at");
    parameters = Map.copyOf(parameters);
  }
}
