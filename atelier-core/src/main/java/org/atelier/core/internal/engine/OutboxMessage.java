package org.atelier.core.internal.engine;

import java.util.Objects;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * Something an event asks the outside world to do, delivered at least once by the outbox
 * dispatcher after the event is stored.
 */
public sealed interface OutboxMessage {

  /**
   * A movement of money for the {@code PaymentGateway}. Its idempotency key must be
   * deterministic, so that a retry never pays twice.
   *
   * @param instruction the instruction
   */
  record Payout(PaymentInstruction instruction) implements OutboxMessage {
    /**
     * Checks the instruction.
     *
     * @param instruction the instruction
     */
    public Payout {
      Objects.requireNonNull(instruction, "instruction");
    }
  }

  /**
   * A notification for the {@code Notifier}. Its dedupe key must be deterministic.
   *
   * @param notification the notification
   */
  record Notify(Notification notification) implements OutboxMessage {
    /**
     * Checks the notification.
     *
     * @param notification the notification
     */
    public Notify {
      Objects.requireNonNull(notification, "notification");
    }
  }
}
