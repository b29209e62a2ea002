package org.atelier.core.internal.engine;

import java.util.List;

/**
 * One kind of event-sourced aggregate: where its events live, how they fold into its
 * state, how they are encoded, and which outbox messages they ask for.
 *
 * <p>Implementations are stateless and thread-safe; {@link #evolve} is a pure function.
 *
 * @param <S> the state, an immutable value
 * @param <E> the events
 */
public interface AggregateType<S, E> {

  /**
   * The stream that holds one aggregate's events.
   *
   * @param aggregateId the aggregate's id
   * @return the stream id, such as {@code "internship-" + aggregateId}; it must not start
   *     with {@link OutboxEvents#STREAM}
   */
  String streamId(String aggregateId);

  /**
   * The state of an aggregate before its first event.
   *
   * @param aggregateId the aggregate's id
   * @return the initial state
   */
  S initial(String aggregateId);

  /**
   * One pure fold step: the state after an event.
   *
   * @param state the state before
   * @param event the event
   * @return the state after
   */
  S evolve(S state, E event);

  /**
   * How this aggregate's events are stored.
   *
   * @return the codec
   */
  EventCodec<E> codec();

  /**
   * The payouts and notifications an event asks to send. They are appended with the
   * event, in the same batch, and dispatched later by the outbox dispatcher.
   *
   * @param event the event
   * @return the messages, in order; usually empty
   */
  List<OutboxMessage> outbox(E event);
}
