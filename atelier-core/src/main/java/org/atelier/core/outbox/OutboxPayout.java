package org.atelier.core.outbox;

import java.time.Instant;
import java.util.Objects;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;

/**
 * One payout instruction in the outbox and what has become of it.
 *
 * @param messageId the id of the stored event that requested it
 * @param instruction the instruction, with its idempotency key
 * @param state where it is
 * @param attempts the failed attempts since it was requested or last retried by the host
 * @param requestedAt when the event that requested it happened
 * @param nextAttemptAt when a pending payout that failed transiently is due again; {@code null}
 *     when it is due at once or not pending
 * @param gatewayReference the gateway's reference once it accepted or settled the payout
 * @param lastError why the last attempt failed, or the host's note on resolving it
 * @since 0.1
 */
public record OutboxPayout(
    String messageId,
    PaymentInstruction instruction,
    PayoutState state,
    int attempts,
    Instant requestedAt,
    @Nullable Instant nextAttemptAt,
    @Nullable String gatewayReference,
    @Nullable String lastError) {
  /**
   * Checks the parts.
   *
   * @param messageId the message id
   * @param instruction the instruction
   * @param state the state
   * @param attempts the failed attempts, {@code >= 0}
   * @param requestedAt the request time
   * @param nextAttemptAt the next attempt time
   * @param gatewayReference the gateway reference
   * @param lastError the last error
   */
  public OutboxPayout {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedAt, "requestedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    }
  }
}
