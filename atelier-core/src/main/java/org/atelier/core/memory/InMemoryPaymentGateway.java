package org.atelier.core.memory;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.spi.Money;
import org.atelier.spi.payment.IdempotencyConflictException;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;

/**
 * A {@link PaymentGateway} that moves money between in-memory accounts: the embedded
 * default, and the record tests and the scenario runner read to see what was paid.
 *
 * <p>Every instruction succeeds at once, with the reference {@code mem-<n>} where
 * {@code n} counts executed instructions from 1, so runs are deterministic. Accounts are
 * plain names, may go negative (a requester's account is the outside world) and hold one
 * balance per currency. The same key with an equal instruction returns the first result and
 * moves nothing more; with a different instruction it throws
 * {@link IdempotencyConflictException}. An instruction that would overflow a balance fails
 * permanently and moves nothing.
 *
 * <p>Thread-safe: every method synchronizes on the gateway.
 *
 * @since 0.1
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
  private final Map<String, PaymentInstruction> instructions = new HashMap<>();
  private final Map<String, PaymentResult> results = new HashMap<>();
  private final List<PaymentInstruction> executed = new ArrayList<>();
  private final Map<String, Map<Currency, Long>> balances = new HashMap<>();

  /** Creates a gateway with no accounts. */
  public InMemoryPaymentGateway() {}

  @Override
  public synchronized PaymentResult execute(PaymentInstruction instruction) {
    Objects.requireNonNull(instruction, "instruction");
    String key = instruction.idempotencyKey();
    PaymentInstruction known = instructions.get(key);
    if (known != null) {
      if (!known.equals(instruction)) {
        throw new IdempotencyConflictException(key);
      }
      return results.get(key);
    }
    Money amount = instruction.amount();
    PaymentResult result;
    try {
      long from = Math.subtractExact(balance(instruction.from(), amount.currency()).minorUnits(), amount.minorUnits());
      long to = Math.addExact(balance(instruction.to(), amount.currency()).minorUnits(), amount.minorUnits());
      balances.computeIfAbsent(instruction.from(), a -> new HashMap<>()).put(amount.currency(), from);
      balances.computeIfAbsent(instruction.to(), a -> new HashMap<>()).put(amount.currency(), to);
      executed.add(instruction);
      result = new PaymentResult.Succeeded("mem-" + executed.size());
    } catch (ArithmeticException overflow) {
      result = new PaymentResult.Failed(true, "a balance would overflow: " + instruction.from() + " or "
          + instruction.to() + " cannot take " + amount);
    }
    instructions.put(key, instruction);
    results.put(key, result);
    return result;
  }

  @Override
  public synchronized Optional<PaymentResult> lookup(String idempotencyKey) {
    return Optional.ofNullable(results.get(Objects.requireNonNull(idempotencyKey, "idempotencyKey")));
  }

  /**
   * Every instruction whose money moved, in the order it moved. Retries under a known key
   * are not repeated here.
   *
   * @return a snapshot
   */
  public synchronized List<PaymentInstruction> executed() {
    return List.copyOf(executed);
  }

  /**
   * How many times money moved for a key: 0 or 1, since the gateway is idempotent.
   *
   * @param idempotencyKey the key
   * @return the count
   */
  public synchronized int effectCount(String idempotencyKey) {
    return (int) executed.stream().filter(i -> i.idempotencyKey().equals(idempotencyKey)).count();
  }

  /**
   * An account's balance: what it received minus what it paid.
   *
   * @param account the account
   * @param currency the currency
   * @return the balance, zero for an unknown account
   */
  public synchronized Money balance(String account, Currency currency) {
    Map<Currency, Long> byCurrency = balances.get(account);
    long units = byCurrency == null ? 0 : byCurrency.getOrDefault(currency, 0L);
    return new Money(currency, units);
  }

  /**
   * Every account that moved money in a currency, with its balance, in order of account
   * name. The balances sum to zero: money is moved, never made.
   *
   * @param currency the currency
   * @return a snapshot, sorted by account
   */
  public synchronized SortedMap<String, Money> balances(Currency currency) {
    SortedMap<String, Money> result = new TreeMap<>();
    balances.forEach((account, byCurrency) -> {
      Long units = byCurrency.get(currency);
      if (units != null) {
        result.put(account, new Money(currency, units));
      }
    });
    return result;
  }
}
