package org.atelier.core;

/**
 * The closed set of stable error codes that every {@link AtelierException} carries. Hosts
 * and scripts may switch on them; a code is never renamed or reused.
 *
 * @since 0.1
 */
public enum ErrorCode {
  /** A field is missing, malformed or out of range. */
  VALIDATION,
  /** The task, milestone, help request or other entity does not exist. */
  NOT_FOUND,
  /** The actor may not do this here: wrong role, or not a party of this task. */
  NOT_PERMITTED,
  /** The command does not fit the current state. */
  ILLEGAL_TRANSITION,
  /** Another command changed the aggregate first, and retries did not get through. */
  CONCURRENT_MODIFICATION,
  /** An id that already exists was used again to create something. */
  DUPLICATE,
  /** The payment gateway refused or failed an instruction permanently. */
  PAYMENT_FAILED,
  /** The event store failed. */
  STORAGE_FAILED
}
