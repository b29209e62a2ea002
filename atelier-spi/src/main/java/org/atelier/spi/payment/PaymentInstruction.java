package org.atelier.spi.payment;

import java.util.Objects;
import org.atelier.spi.Money;

/**
 * One movement of money that Atelier asks the host's gateway to make.
 *
 * @param idempotencyKey a deterministic key: the same key always names the same movement,
 *     so a retry never pays twice
 * @param kind what the movement is for
 * @param from the paying account, such as {@code req-1} or {@code escrow:t1}
 * @param to the receiving account, such as {@code int-1} or {@code platform}
 * @param amount the amount, positive
 * @param task the task the movement belongs to
 * @param memo a human-readable description, such as {@code "t1/m1 intern share"}
 * @since 0.1
 */
public record PaymentInstruction(
    String idempotencyKey, PaymentKind kind, String from, String to, Money amount, String task, String memo) {
  /**
   * Checks the parts.
   *
   * @param idempotencyKey the key
   * @param kind the kind
   * @param from the paying account
   * @param to the receiving account
   * @param amount the positive amount
   * @param task the task
   * @param memo the description
   * @throws IllegalArgumentException if the key is blank or the amount is not positive
   */
  public PaymentInstruction {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(memo, "memo");
    if (idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("idempotency key must not be blank");
    }
    if (amount.minorUnits() <= 0) {
      throw new IllegalArgumentException("payment amount must be positive, got " + amount);
    }
  }
}
