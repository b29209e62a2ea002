package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;

/**
 * One line of a {@link LedgerTransaction}: an amount credited to an account (positive)
 * or debited from it (negative).
 *
 * @param account the account
 * @param amount the signed amount, never zero
 * @since 0.1
 */
public record Posting(AccountId account, Money amount) {
  /**
   * Checks the amount.
   *
   * @param account the account
   * @param amount the signed amount
   * @throws AtelierException {@code VALIDATION} if the amount is zero (a zero posting moves nothing)
   */
  public Posting {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw AtelierException.validation("posting to " + account + " is zero; expected a non-zero amount");
    }
  }

  /**
   * The same posting with the opposite sign, for a reversal.
   *
   * @return the negated posting
   */
  public Posting negate() {
    return new Posting(account, amount.negate());
  }
}
