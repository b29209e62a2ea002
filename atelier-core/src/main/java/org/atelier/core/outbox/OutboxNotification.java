package org.atelier.core.outbox;

import java.time.Instant;
import java.util.Objects;
import org.atelier.spi.notify.Notification;
import org.jspecify.annotations.Nullable;

/**
 * One notification in the outbox and what has become of it.
 *
 * @param messageId the id of the stored event that requested it
 * @param notification the notification, with its dedupe key
 * @param state where it is
 * @param attempts the failed attempts so far
 * @param nextAttemptAt when a notification that failed is due again; {@code null} when it
 *     is due at once or not pending
 * @param lastError why the last attempt failed
 * @since 0.1
 */
public record OutboxNotification(
    String messageId,
    Notification notification,
    NotificationState state,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable String lastError) {
  /**
   * Checks the parts.
   *
   * @param messageId the message id
   * @param notification the notification
   * @param state the state
   * @param attempts the failed attempts, {@code >= 0}
   * @param nextAttemptAt the next attempt time
   * @param lastError the last error
   */
  public OutboxNotification {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(state, "state");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    }
  }
}
