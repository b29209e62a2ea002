package org.atelier.spi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Who caused an event, why, and when.
 *
 * @param actor the id of the person or system that caused the event ({@code "system"}
 *     for time rules)
 * @param causationId the id of the command or event that caused this one
 * @param correlationId the id shared by every event of one flow of work
 * @param timestamp when the event happened, by the host's injected clock
 * @since 0.1
 */
public record EventMetadata(String actor, String causationId, String correlationId, Instant timestamp) {
  /**
   * Checks that no part is missing.
   *
   * @param actor the actor id
   * @param causationId the causation id
   * @param correlationId the correlation id
   * @param timestamp the time
   */
  public EventMetadata {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(causationId, "causationId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
