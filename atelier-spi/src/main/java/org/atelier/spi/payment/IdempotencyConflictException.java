package org.atelier.spi.payment;

/**
 * A gateway was given an idempotency key it already knows with a different instruction.
 * The gateway refused it and moved nothing: the key names the first instruction forever.
 *
 * @since 0.1
 */
public final class IdempotencyConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The key used twice. */
  private final String idempotencyKey;

  /**
   * Creates the exception.
   *
   * @param idempotencyKey the key that is already bound to another instruction
   */
  public IdempotencyConflictException(String idempotencyKey) {
    super("idempotency key " + idempotencyKey + " is already bound to a different instruction");
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * The key used twice.
   *
   * @return the idempotency key
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }
}
