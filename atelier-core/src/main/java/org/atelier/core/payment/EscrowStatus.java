package org.atelier.core.payment;

/**
 * Where an {@link Escrow} is in its life.
 *
 * @since 0.1
 */
public enum EscrowStatus {
  /** Open: it may be funded, release milestones and change workers. */
  OPEN,
  /** Frozen by a dispute: nothing moves until the platform {@link Escrow#settle settles}. */
  FROZEN,
  /** Ended by cancellation: the unearned rest went back to the requester. */
  CANCELLED,
  /** Ended by the platform's settlement of a dispute. */
  SETTLED,
  /** Ended by the requester's acceptance: every milestone was paid. */
  COMPLETED;

  /**
   * Whether the escrow has ended; then its balance is zero and it refuses every operation.
   *
   * @return {@code true} for {@link #CANCELLED}, {@link #SETTLED} and {@link #COMPLETED}
   */
  public boolean isEnded() {
    return this == CANCELLED || this == SETTLED || this == COMPLETED;
  }
}
