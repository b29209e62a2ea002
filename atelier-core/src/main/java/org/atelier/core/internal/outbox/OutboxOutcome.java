package org.atelier.core.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.json.AtelierJson;
import org.atelier.spi.store.StoredEvent;

/**
 * What became of an outbox message: the events the dispatcher (and the host, for stuck
 * payouts) appends to {@link OutboxEvents#STREAM}. Each names its message by the id of
 * the stored request event.
 */
public sealed interface OutboxOutcome {

  /**
   * The message this outcome is about.
   *
   * @return the id of the request event
   */
  String messageId();

  /**
   * A payout attempt failed transiently; it is due again at {@code retryAt}.
   *
   * @param messageId the request event's id
   * @param attempt the number of this attempt, from 1
   * @param reason why it failed
   * @param retryAt when the next attempt is due
   */
  record PayoutAttemptFailed(String messageId, int attempt, String reason, Instant retryAt) implements OutboxOutcome {}

  /**
   * The gateway accepted a payout but has not settled it.
   *
   * @param messageId the request event's id
   * @param gatewayReference the gateway's reference
   */
  record PayoutAccepted(String messageId, String gatewayReference) implements OutboxOutcome {}

  /**
   * The money moved.
   *
   * @param messageId the request event's id
   * @param gatewayReference the gateway's reference
   */
  record PayoutSettled(String messageId, String gatewayReference) implements OutboxOutcome {}

  /**
   * A payout failed permanently or ran out of attempts.
   *
   * @param messageId the request event's id
   * @param attempts the attempts made
   * @param reason the last failure
   */
  record PayoutStuck(String messageId, int attempts, String reason) implements OutboxOutcome {}

  /**
   * The host asked for a stuck payout to be tried again, with fresh attempts.
   *
   * @param messageId the request event's id
   * @param generation the number of host retries so far, this one included
   */
  record PayoutRetryRequested(String messageId, int generation) implements OutboxOutcome {}

  /**
   * The host marked a stuck payout as dealt with outside Atelier.
   *
   * @param messageId the request event's id
   * @param note the host's note
   */
  record PayoutResolved(String messageId, String note) implements OutboxOutcome {}

  /**
   * A notification attempt failed; it is due again at {@code retryAt}.
   *
   * @param messageId the request event's id
   * @param attempt the number of this attempt, from 1
   * @param reason why it failed
   * @param retryAt when the next attempt is due
   */
  record NotificationAttemptFailed(String messageId, int attempt, String reason, Instant retryAt)
      implements OutboxOutcome {}

  /**
   * The notifier accepted a notification.
   *
   * @param messageId the request event's id
   * @param dedupeKey the notification's dedupe key
   */
  record NotificationDelivered(String messageId, String dedupeKey) implements OutboxOutcome {}

  /**
   * Every attempt to deliver a notification failed; it is given up.
   *
   * @param messageId the request event's id
   * @param dedupeKey the notification's dedupe key
   * @param attempts the attempts made
   * @param reason the last failure
   */
  record NotificationFailed(String messageId, String dedupeKey, int attempts, String reason) implements OutboxOutcome {}

  /** The stored type names. */
  Map<String, Class<? extends OutboxOutcome>> TYPES = Map.of(
      "atelier.outbox.PayoutAttemptFailed", PayoutAttemptFailed.class,
      "atelier.outbox.PayoutAccepted", PayoutAccepted.class,
      "atelier.outbox.PayoutSettled", PayoutSettled.class,
      "atelier.outbox.PayoutStuck", PayoutStuck.class,
      "atelier.outbox.PayoutRetryRequested", PayoutRetryRequested.class,
      "atelier.outbox.PayoutResolved", PayoutResolved.class,
      "atelier.outbox.NotificationAttemptFailed", NotificationAttemptFailed.class,
      "atelier.outbox.NotificationDelivered", NotificationDelivered.class,
      "atelier.outbox.NotificationFailed", NotificationFailed.class);

  /**
   * The stored type name of an outcome.
   *
   * @param outcome the outcome
   * @return {@code atelier.outbox.} and the record's simple name
   */
  static String typeName(OutboxOutcome outcome) {
    return OutboxEvents.RESERVED_PREFIX + "outbox." + outcome.getClass().getSimpleName();
  }

  /**
   * Encodes an outcome as canonical JSON.
   *
   * @param mapper the canonical mapper
   * @param outcome the outcome
   * @return the payload
   */
  static byte[] encode(ObjectMapper mapper, OutboxOutcome outcome) {
    return AtelierJson.write(mapper, outcome);
  }

  /**
   * The outcome a stored event holds, if it is one.
   *
   * @param mapper the canonical mapper
   * @param event a stored event
   * @return the outcome, or empty for an event of another type or stream
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if the payload is corrupt
   */
  static Optional<OutboxOutcome> decode(ObjectMapper mapper, StoredEvent event) {
    Class<? extends OutboxOutcome> type = TYPES.get(event.data().type());
    if (type == null || !event.streamId().equals(OutboxEvents.STREAM)) {
      return Optional.empty();
    }
    return Optional.of(Objects.requireNonNull(AtelierJson.read(mapper, event.data().payload(), type)));
  }
}
