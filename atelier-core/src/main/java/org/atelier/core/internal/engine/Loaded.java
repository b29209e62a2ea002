package org.atelier.core.internal.engine;

import java.util.Objects;

/**
 * An aggregate as folded from its stream.
 *
 * @param <S> the state
 * @param state the state after every stored event ({@code initial} when there are none)
 * @param version the stream's version (domain and outbox events counted), or {@code -1}
 *     when the stream does not exist
 * @param exists whether the stream exists
 */
public record Loaded<S>(S state, long version, boolean exists) {
  /**
   * Checks the parts.
   *
   * @param state the state
   * @param version the version
   * @param exists whether it exists
   */
  public Loaded {
    Objects.requireNonNull(state, "state");
  }
}
