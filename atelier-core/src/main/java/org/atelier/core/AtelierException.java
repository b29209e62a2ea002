package org.atelier.core;

import java.util.Objects;

/**
 * The root of Atelier's exceptions. Each carries a stable {@link ErrorCode} and a message
 * that names the entity and what would have been accepted.
 *
 * <p>An expected refusal (every code but {@link ErrorCode#STORAGE_FAILED} and
 * {@link ErrorCode#PAYMENT_FAILED}) leaves all state unchanged and carries no stack trace:
 * it is an answer, not a crash.
 *
 * @since 0.1
 */
public class AtelierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable code. */
  private final ErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the stable code
   * @param message what was wrong and what would have been accepted
   * @param cause the underlying failure, or {@code null}
   */
  public AtelierException(ErrorCode code, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause, true, !isExpectedRefusal(code));
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates an exception without a cause.
   *
   * @param code the stable code
   * @param message what was wrong and what would have been accepted
   */
  public AtelierException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public ErrorCode code() {
    return code;
  }

  private static boolean isExpectedRefusal(ErrorCode code) {
    return code != ErrorCode.STORAGE_FAILED && code != ErrorCode.PAYMENT_FAILED;
  }

  /**
   * Shorthand for a {@link ErrorCode#VALIDATION} refusal.
   *
   * @param message what was wrong and what would have been accepted
   * @return the exception, to throw
   */
  public static AtelierException validation(String message) {
    return new AtelierException(ErrorCode.VALIDATION, message);
  }

  /**
   * Shorthand for a {@link ErrorCode#NOT_FOUND} refusal.
   *
   * @param message what was not found
   * @return the exception, to throw
   */
  public static AtelierException notFound(String message) {
    return new AtelierException(ErrorCode.NOT_FOUND, message);
  }

  /**
   * Shorthand for a {@link ErrorCode#NOT_PERMITTED} refusal.
   *
   * @param message who tried what, and what was required
   * @return the exception, to throw
   */
  public static AtelierException notPermitted(String message) {
    return new AtelierException(ErrorCode.NOT_PERMITTED, message);
  }

  /**
   * Shorthand for an {@link ErrorCode#ILLEGAL_TRANSITION} refusal.
   *
   * @param message the command, the current state and what the state allows
   * @return the exception, to throw
   */
  public static AtelierException illegalTransition(String message) {
    return new AtelierException(ErrorCode.ILLEGAL_TRANSITION, message);
  }

  /**
   * Shorthand for a {@link ErrorCode#DUPLICATE} refusal.
   *
   * @param message the id that already exists
   * @return the exception, to throw
   */
  public static AtelierException duplicate(String message) {
    return new AtelierException(ErrorCode.DUPLICATE, message);
  }
}
