package org.atelier.core.internal.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.atelier.core.json.AtelierJson;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.store.StoredEvent;

/**
 * How outbox messages are stored: as events of reserved types in the same batch as the
 * domain event that asks for them, so that a message exists if and only if its cause does.
 * The dispatcher finds them again by scanning {@code readAll}; folding skips them.
 */
public final class OutboxEvents {
  /** The prefix of every type name Atelier reserves for itself. */
  public static final String RESERVED_PREFIX = "atelier.";
  /** The type of a stored payout request; the payload is the {@link PaymentInstruction}. */
  public static final String PAYOUT_REQUESTED = "atelier.outbox.PayoutRequested";
  /** The type of a stored notification request; the payload is the {@link Notification}. */
  public static final String NOTIFICATION_REQUESTED = "atelier.outbox.NotificationRequested";
  /** The schema version of both request payloads. */
  public static final int SCHEMA_VERSION = 1;
  /** The stream where the dispatcher records what became of each message. */
  public static final String STREAM = "atelier-outbox";

  private static final ObjectMapper MAPPER = AtelierJson.newMapper();

  private OutboxEvents() {}

  /**
   * The stored type name of a message.
   *
   * @param message the message
   * @return its reserved type name
   */
  public static String typeName(OutboxMessage message) {
    return message instanceof OutboxMessage.Payout ? PAYOUT_REQUESTED : NOTIFICATION_REQUESTED;
  }

  /**
   * The stored payload of a message.
   *
   * @param message the message
   * @return canonical JSON of its instruction or notification
   */
  public static byte[] encode(OutboxMessage message) {
    if (message instanceof OutboxMessage.Payout payout) {
      return AtelierJson.write(MAPPER, payout.instruction());
    }
    return AtelierJson.write(MAPPER, ((OutboxMessage.Notify) message).notification());
  }

  /**
   * Whether a stored event is one of Atelier's own (an outbox request or outcome) rather
   * than a domain event.
   *
   * @param typeName the stored type name
   * @return {@code true} for reserved types
   */
  public static boolean isReserved(String typeName) {
    return typeName.startsWith(RESERVED_PREFIX);
  }

  /**
   * The outbox message a stored event holds, if it is an outbox request.
   *
   * @param event a stored event of any type
   * @return the message, or empty for any other event
   * @throws org.atelier.core.AtelierException {@code VALIDATION} if the payload is corrupt
   */
  public static Optional<OutboxMessage> decode(StoredEvent event) {
    byte[] payload = event.data().payload();
    switch (event.data().type()) {
      case PAYOUT_REQUESTED:
        return Optional.of(new OutboxMessage.Payout(AtelierJson.read(MAPPER, payload, PaymentInstruction.class)));
      case NOTIFICATION_REQUESTED:
        return Optional.of(new OutboxMessage.Notify(AtelierJson.read(MAPPER, payload, Notification.class)));
      default:
        return Optional.empty();
    }
  }
}
