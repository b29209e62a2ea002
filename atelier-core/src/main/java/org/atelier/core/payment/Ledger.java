package org.atelier.core.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * An append-only double-entry ledger in one currency: an immutable value that holds
 * every {@link LedgerTransaction} in the order recorded, and the balances they imply.
 *
 * <p>Invariants: every transaction sums to zero, so the balances always sum to zero;
 * transactions are never edited or deleted (a correction is a
 * {@link LedgerTransaction#reversal reversal}); transaction ids are unique; time never
 * goes backwards ({@code at} is non-decreasing), so {@link #balancesAt} is well defined.
 * A refused transaction leaves the ledger as it was (and, being immutable, it always is).
 *
 * <p>One ledger holds one currency, because one internship has one currency. A host with
 * several currencies keeps one ledger per currency.
 *
 * <p>Complexity: {@link #record} copies, {@code O(n + a)} for {@code n} transactions and
 * {@code a} accounts; {@link #recordAll} and {@link #replay} record {@code k} transactions
 * in one copy, {@code O(n + a + k log a)}. Queries are {@code O(log a)} ({@link #balance})
 * or {@code O(n)} ({@link #statement}, {@link #balancesAt}).
 *
 * @since 0.1
 */
public final class Ledger {
  private final Currency currency;
  private final List<LedgerTransaction> transactions;
  private final Set<String> ids;
  private final SortedMap<AccountId, Long> balances;

  private Ledger(Currency currency, List<LedgerTransaction> transactions, Set<String> ids,
      SortedMap<AccountId, Long> balances) {
    this.currency = currency;
    this.transactions = transactions;
    this.ids = ids;
    this.balances = balances;
  }

  /**
   * An empty ledger.
   *
   * @param currency the currency of every transaction it will hold
   * @return the ledger
   */
  public static Ledger empty(Currency currency) {
    return new Ledger(Objects.requireNonNull(currency, "currency"), List.of(), Set.of(), Collections.emptySortedMap());
  }

  /**
   * Rebuilds a ledger from its transactions, for example from the events that carried
   * them. The result has the same balances as the ledger that recorded them.
   *
   * @param currency the currency
   * @param transactions the transactions, in the order they were recorded
   * @return the rebuilt ledger
   * @throws AtelierException {@code VALIDATION} or {@code DUPLICATE} as {@link #record} would
   */
  public static Ledger replay(Currency currency, List<LedgerTransaction> transactions) {
    return empty(currency).recordAll(transactions);
  }

  /**
   * Rebuilds a ledger from a non-empty list of transactions, in the currency of the first.
   *
   * @param transactions the transactions, in the order they were recorded, at least one
   * @return the rebuilt ledger
   * @throws AtelierException {@code VALIDATION} if the list is empty (use
   *     {@link #replay(Currency, List)}), or as {@link #record} would
   */
  public static Ledger replay(List<LedgerTransaction> transactions) {
    if (transactions.isEmpty()) {
      throw AtelierException.validation(
          "cannot infer the currency of an empty ledger; expected replay(currency, transactions)");
    }
    return replay(transactions.get(0).currency(), transactions);
  }

  /**
   * The ledger with one more transaction.
   *
   * @param transaction the transaction
   * @return a new ledger; this one is unchanged
   * @throws AtelierException {@code VALIDATION} if the transaction is in another currency,
   *     earlier than the last one, or would overflow a balance; {@code DUPLICATE} if its id
   *     is already recorded
   */
  public Ledger record(LedgerTransaction transaction) {
    return recordAll(List.of(transaction));
  }

  /**
   * The ledger with several more transactions, all or none.
   *
   * @param more the transactions, in order
   * @return a new ledger; this one is unchanged
   * @throws AtelierException as {@link #record}, for the first transaction refused; then none is recorded
   */
  public Ledger recordAll(List<LedgerTransaction> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<LedgerTransaction> log = new ArrayList<>(transactions.size() + more.size());
    log.addAll(transactions);
    Set<String> seen = new HashSet<>(ids);
    TreeMap<AccountId, Long> next = new TreeMap<>(balances);
    Instant last = transactions.isEmpty() ? Instant.MIN : transactions.get(transactions.size() - 1).at();
    for (LedgerTransaction tx : more) {
      Objects.requireNonNull(tx, "transaction");
      if (!tx.currency().equals(currency)) {
        throw AtelierException.validation("transaction " + tx.id() + " is in " + tx.currency().getCurrencyCode()
            + "; this ledger holds " + currency.getCurrencyCode() + " only");
      }
      if (!seen.add(tx.id())) {
        throw AtelierException.duplicate("transaction " + tx.id() + " is already recorded; a correction is a reversal with a new id");
      }
      if (tx.at().isBefore(last)) {
        throw AtelierException.validation("transaction " + tx.id() + " at " + tx.at()
            + " is earlier than the last one at " + last + "; expected time to move forward");
      }
      apply(next, tx);
      log.add(tx);
      last = tx.at();
    }
    return new Ledger(currency, Collections.unmodifiableList(log), Collections.unmodifiableSet(seen),
        Collections.unmodifiableSortedMap(next));
  }

  private static void apply(Map<AccountId, Long> balances, LedgerTransaction tx) {
    for (Posting posting : tx.postings()) {
      long before = balances.getOrDefault(posting.account(), 0L);
      try {
        balances.put(posting.account(), Math.addExact(before, posting.amount().minorUnits()));
      } catch (ArithmeticException e) {
        throw new AtelierException(ErrorCode.VALIDATION, "transaction " + tx.id() + " would overflow the balance of "
            + posting.account() + "; expected amounts well inside the range of a long", e);
      }
    }
  }

  /**
   * The ledger's currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Every transaction, in the order recorded.
   *
   * @return an unmodifiable list
   */
  public List<LedgerTransaction> transactions() {
    return transactions;
  }

  /**
   * An account's balance.
   *
   * @param account the account
   * @return its balance, zero if it never moved
   */
  public Money balance(AccountId account) {
    return new Money(currency, balances.getOrDefault(account, 0L));
  }

  /**
   * Every account that ever moved and its balance (zero balances included), ordered by
   * account. The values sum to zero.
   *
   * @return an unmodifiable sorted map
   */
  public SortedMap<AccountId, Money> balances() {
    return toMoney(balances);
  }

  /**
   * The balances as they were at an instant, rebuilt by replaying the transactions up to
   * and including {@code instant}.
   *
   * @param instant the point in history
   * @return the balances then, as {@link #balances()}
   */
  public SortedMap<AccountId, Money> balancesAt(Instant instant) {
    TreeMap<AccountId, Long> then = new TreeMap<>();
    for (LedgerTransaction tx : transactions) {
      if (tx.at().isAfter(instant)) {
        break;
      }
      apply(then, tx);
    }
    return toMoney(then);
  }

  /**
   * An account's statement: one line per transaction that touches it, with the running balance.
   *
   * @param account the account
   * @return the lines in order, empty if the account never moved
   */
  public List<StatementLine> statement(AccountId account) {
    List<StatementLine> lines = new ArrayList<>();
    Money running = Money.zero(currency);
    for (LedgerTransaction tx : transactions) {
      boolean touches = tx.postings().stream().anyMatch(p -> p.account().equals(account));
      if (touches) {
        Money amount = tx.amountFor(account);
        running = running.plus(amount);
        lines.add(new StatementLine(tx.id(), tx.at(), tx.task(), tx.memo(), amount, running));
      }
    }
    return List.copyOf(lines);
  }

  private SortedMap<AccountId, Money> toMoney(Map<AccountId, Long> units) {
    TreeMap<AccountId, Money> result = new TreeMap<>();
    units.forEach((account, value) -> result.put(account, new Money(currency, value)));
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Ledgers are equal when they hold the same currency and the same transactions in the same order.
   *
   * @param other another object
   * @return whether equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Ledger that && currency.equals(that.currency) && transactions.equals(that.transactions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, transactions);
  }

  @Override
  public String toString() {
    return "Ledger[" + currency.getCurrencyCode() + ", " + transactions.size() + " transactions, " + balances() + "]";
  }
}
