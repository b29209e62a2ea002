package org.atelier.core.payment;

import java.time.Instant;
import java.util.Objects;
import org.atelier.spi.Money;

/**
 * One line of an account's {@link Ledger#statement statement}.
 *
 * @param transactionId the transaction that moved the money
 * @param at when
 * @param task the task
 * @param memo the transaction's description
 * @param amount the net amount into the account (negative for money out)
 * @param balance the account's balance after this line
 * @since 0.1
 */
public record StatementLine(String transactionId, Instant at, String task, String memo, Money amount, Money balance) {
  /**
   * Checks the parts.
   *
   * @param transactionId the transaction
   * @param at when
   * @param task the task
   * @param memo the description
   * @param amount the net amount
   * @param balance the running balance
   */
  public StatementLine {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(memo, "memo");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balance, "balance");
  }
}
