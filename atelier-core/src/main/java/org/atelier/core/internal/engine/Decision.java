package org.atelier.core.internal.engine;

import java.util.List;

/**
 * What a command decides from the current state: the new events, or a refusal.
 *
 * <p>A decision must be a pure function of the state (and of values it captured before the
 * command ran): the runner calls it again after reloading when another writer came first.
 *
 * @param <S> the state
 * @param <E> the events
 */
@FunctionalInterface
public interface Decision<S, E> {

  /**
   * Decides.
   *
   * @param state the current state
   * @return the new events, in order; empty when nothing changes
   * @throws org.atelier.core.AtelierException to refuse; the store is left untouched
   */
  List<E> decide(S state);
}
