package org.atelier.core.outbox;

/**
 * Where a notification is in the outbox.
 *
 * @since 0.1
 */
public enum NotificationState {
  /** Not yet delivered: a dispatch pass will (re)try it when due. */
  PENDING,
  /** The notifier accepted it. Final. */
  DELIVERED,
  /** Every attempt failed; the failure is recorded and the notification given up. Final. */
  FAILED
}
