package org.atelier.core.internal.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a command did.
 *
 * @param <S> the state
 * @param <E> the events
 * @param state the aggregate's state after the command
 * @param events the events the command appended, in order; empty when it changed nothing
 * @param version the stream's version after the command ({@code -1} if the stream still
 *     does not exist)
 * @param outbox the outbox messages appended with the events
 */
public record CommandResult<S, E>(S state, List<E> events, long version, List<OutboxMessage> outbox) {
  /**
   * Copies the lists.
   *
   * @param state the state
   * @param events the events
   * @param version the version
   * @param outbox the outbox messages
   */
  public CommandResult {
    Objects.requireNonNull(state, "state");
    events = List.copyOf(events);
    outbox = List.copyOf(outbox);
  }
}
