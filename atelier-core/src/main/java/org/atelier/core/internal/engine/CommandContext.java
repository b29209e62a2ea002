package org.atelier.core.internal.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * Who runs a command, which flow of work it belongs to, and when. It becomes the metadata
 * of every event the command appends.
 *
 * @param actor the actor's id ({@code "system"} for time rules)
 * @param correlationId the id shared by every command of one flow of work
 * @param now the time of the command, read from the injected clock
 */
public record CommandContext(String actor, String correlationId, Instant now) {
  /**
   * Checks the parts.
   *
   * @param actor the actor
   * @param correlationId the correlation id
   * @param now the time
   */
  public CommandContext {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(now, "now");
  }
}
