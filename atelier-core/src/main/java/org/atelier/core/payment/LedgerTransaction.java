package org.atelier.core.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;

/**
 * One balanced movement of money in the {@link Ledger}: postings that sum to zero in a
 * single currency. Money is never created or destroyed.
 *
 * @param id the transaction's id, unique in a ledger and deterministic, such as {@code t1/m1/release}
 * @param at when it happened
 * @param task the task it belongs to
 * @param memo a human-readable description
 * @param postings at least two non-zero postings in one currency, summing to zero
 * @since 0.1
 */
public record LedgerTransaction(String id, Instant at, String task, String memo, List<Posting> postings) {
  /**
   * Checks that the transaction balances.
   *
   * @param id the id
   * @param at the instant
   * @param task the task
   * @param memo the description
   * @param postings the postings
   * @throws AtelierException {@code VALIDATION} if the id is blank, there are no postings,
   *     the postings mix currencies, their sum is not zero, or the sum overflows
   */
  public LedgerTransaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(memo, "memo");
    postings = List.copyOf(postings);
    if (id.isBlank()) {
      throw AtelierException.validation("transaction id must not be blank; expected an id such as t1/fund");
    }
    if (postings.isEmpty()) {
      throw AtelierException.validation("transaction " + id + " has no postings; expected at least two that sum to zero");
    }
    Currency currency = postings.get(0).amount().currency();
    long sum = 0;
    for (Posting posting : postings) {
      if (!posting.amount().currency().equals(currency)) {
        throw AtelierException.validation("transaction " + id + " mixes currencies " + currency.getCurrencyCode()
            + " and " + posting.amount().currency().getCurrencyCode() + "; expected one currency");
      }
      try {
        sum = Math.addExact(sum, posting.amount().minorUnits());
      } catch (ArithmeticException e) {
        throw new AtelierException(ErrorCode.VALIDATION,
            "transaction " + id + " overflows; expected amounts well inside the range of a long", e);
      }
    }
    if (sum != 0) {
      throw AtelierException.validation("transaction " + id + " does not balance: its postings sum to "
          + new Money(currency, sum) + "; expected zero");
    }
  }

  /**
   * The transaction's currency.
   *
   * @return the currency of every posting
   */
  public Currency currency() {
    return postings.get(0).amount().currency();
  }

  /**
   * The net amount this transaction moves into an account.
   *
   * @param account the account
   * @return the sum of its postings to {@code account}, zero if it has none
   */
  public Money amountFor(AccountId account) {
    Money net = Money.zero(currency());
    for (Posting posting : postings) {
      if (posting.account().equals(account)) {
        net = net.plus(posting.amount());
      }
    }
    return net;
  }

  /**
   * The correction of this transaction: the same postings with opposite signs. Record it
   * to undo this one; the ledger never edits or deletes.
   *
   * @param reversalId the id of the reversal
   * @param when when the reversal happens
   * @param why why it is reversed
   * @return the reversing transaction
   */
  public LedgerTransaction reversal(String reversalId, Instant when, String why) {
    List<Posting> reversed = new ArrayList<>(postings.size());
    for (Posting posting : postings) {
      reversed.add(posting.negate());
    }
    return new LedgerTransaction(reversalId, when, task, "reversal of " + id + ": " + why, reversed);
  }
}
