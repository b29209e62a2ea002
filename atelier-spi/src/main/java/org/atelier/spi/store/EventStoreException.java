package org.atelier.spi.store;

/**
 * The store failed: it could not be reached, or it could not tell whether a write went
 * through. Atelier reports it as {@code STORAGE_FAILED}. An append that throws this may
 * or may not have been written; retrying it with the same event ids is safe, because a
 * re-append of stored ids is idempotent.
 *
 * @since 0.1
 */
public class EventStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure, or {@code null}
   */
  public EventStoreException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
