package org.atelier.core.payment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.Discrepancy.Kind;
import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;

/**
 * Compares the ledger, the payment instructions Atelier issued (the outbox) and the
 * gateway's results, and reports every difference as a {@link Discrepancy}.
 *
 * <p>Three comparisons, each optional but the second:
 *
 * <ol>
 *   <li>ledger against instructions: for every account, the ledger's balance must equal the
 *       net of the expected instructions ({@link Kind#LEDGER_MISMATCH});
 *   <li>instructions against {@link PaymentGateway#lookup}: each key must have succeeded
 *       ({@link Kind#MISSING}, {@link Kind#PENDING}, {@link Kind#RETRYING}, {@link Kind#FAILED});
 *   <li>instructions against the gateway's own statement of movements, when the host has one
 *       (a provider's settlement report): same instruction per key
 *       ({@link Kind#AMOUNT_MISMATCH}), no unknown keys ({@link Kind#UNEXPECTED}), one movement
 *       per key ({@link Kind#DUPLICATE_EFFECT}).
 * </ol>
 *
 * <p>Complexity: {@code O(n log n + a log a)} for {@code n} instructions and movements and
 * {@code a} accounts, plus one lookup per expected key.
 *
 * @since 0.1
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * Checks expected instructions against the gateway's results.
   *
   * @param expected the instructions issued, with distinct keys
   * @param gateway the gateway to ask
   * @return the report
   * @throws AtelierException {@code VALIDATION} if two different expected instructions share a key
   */
  public static ReconciliationReport reconcile(List<PaymentInstruction> expected, PaymentGateway gateway) {
    return reconcile(Optional.empty(), expected, gateway::lookup, Optional.empty());
  }

  /**
   * Checks the ledger against the expected instructions, and those against the gateway's results.
   *
   * @param ledger the ledger
   * @param expected the instructions issued, with distinct keys
   * @param gateway the gateway to ask
   * @return the report
   * @throws AtelierException {@code VALIDATION} if two different expected instructions share a key
   */
  public static ReconciliationReport reconcile(Ledger ledger, List<PaymentInstruction> expected,
      PaymentGateway gateway) {
    return reconcile(Optional.of(ledger), expected, gateway::lookup, Optional.empty());
  }

  /**
   * The full comparison.
   *
   * @param ledger the ledger, or empty to skip the first comparison
   * @param expected the instructions issued, with distinct keys
   * @param lookup the gateway's result per key ({@link PaymentGateway#lookup})
   * @param statement the movements the gateway reports having made, or empty to skip the third comparison
   * @return the report
   * @throws AtelierException {@code VALIDATION} if two different expected instructions share a key
   */
  public static ReconciliationReport reconcile(Optional<Ledger> ledger, List<PaymentInstruction> expected,
      Function<String, Optional<PaymentResult>> lookup, Optional<List<PaymentInstruction>> statement) {
    Map<String, PaymentInstruction> byKey = new LinkedHashMap<>();
    for (PaymentInstruction instruction : expected) {
      PaymentInstruction earlier = byKey.putIfAbsent(instruction.idempotencyKey(), instruction);
      if (earlier != null && !earlier.equals(instruction)) {
        throw AtelierException.validation("expected instructions hold two different movements under key "
            + instruction.idempotencyKey() + "; expected one instruction per key");
      }
    }
    Map<String, List<PaymentInstruction>> reported = new LinkedHashMap<>();
    statement.ifPresent(list -> list.forEach(i -> reported.computeIfAbsent(i.idempotencyKey(), k -> new ArrayList<>())
        .add(i)));

    List<Discrepancy> found = new ArrayList<>();
    int matched = 0;
    for (PaymentInstruction want : byKey.values()) {
      String key = want.idempotencyKey();
      boolean ok = checkResult(want, lookup.apply(key), found);
      List<PaymentInstruction> moves = reported.getOrDefault(key, List.of());
      if (statement.isPresent() && ok) {
        ok = checkStatement(want, moves, found);
      }
      if (ok) {
        matched++;
      }
    }
    for (Map.Entry<String, List<PaymentInstruction>> entry : reported.entrySet()) {
      if (!byKey.containsKey(entry.getKey())) {
        PaymentInstruction first = entry.getValue().get(0);
        found.add(new Discrepancy(Kind.UNEXPECTED, entry.getKey(), null, first, "the gateway moved " + first.amount()
            + " from " + first.from() + " to " + first.to() + " under key " + entry.getKey()
            + ", which Atelier never issued"));
      }
    }
    ledger.ifPresent(l -> checkLedger(l, byKey.values(), found));
    return new ReconciliationReport(found, matched);
  }

  private static boolean checkResult(PaymentInstruction want, Optional<PaymentResult> result, List<Discrepancy> found) {
    String key = want.idempotencyKey();
    if (result.isEmpty()) {
      found.add(new Discrepancy(Kind.MISSING, key, want, null, "the gateway never saw " + describe(want)));
      return false;
    }
    PaymentResult r = result.get();
    if (r instanceof PaymentResult.Pending p) {
      found.add(new Discrepancy(Kind.PENDING, key, want, null, describe(want) + " is pending at the gateway as "
          + p.gatewayReference()));
      return false;
    }
    if (r instanceof PaymentResult.Failed f) {
      found.add(new Discrepancy(f.permanent() ? Kind.FAILED : Kind.RETRYING, key, want, null, describe(want)
          + (f.permanent() ? " failed permanently: " : " failed transiently: ") + f.reason()));
      return false;
    }
    return true;
  }

  private static boolean checkStatement(PaymentInstruction want, List<PaymentInstruction> moves,
      List<Discrepancy> found) {
    String key = want.idempotencyKey();
    if (moves.isEmpty()) {
      found.add(new Discrepancy(Kind.MISSING, key, want, null, "the gateway reports success for " + describe(want)
          + " but its statement has no movement under that key"));
      return false;
    }
    boolean ok = true;
    PaymentInstruction first = moves.get(0);
    if (!first.equals(want)) {
      found.add(new Discrepancy(Kind.AMOUNT_MISMATCH, key, want, first, "expected " + describe(want)
          + ", the gateway moved " + first.amount() + " from " + first.from() + " to " + first.to()));
      ok = false;
    }
    if (moves.size() > 1) {
      found.add(new Discrepancy(Kind.DUPLICATE_EFFECT, key, want, moves.get(1), "the gateway moved money "
          + moves.size() + " times under key " + key + "; expected exactly once"));
      ok = false;
    }
    return ok;
  }

  private static void checkLedger(Ledger ledger, Iterable<PaymentInstruction> expected, List<Discrepancy> found) {
    Map<String, Long> net = new HashMap<>();
    try {
      for (PaymentInstruction i : expected) {
        if (i.amount().currency().equals(ledger.currency())) {
          net.merge(i.from(), Math.negateExact(i.amount().minorUnits()), Math::addExact);
          net.merge(i.to(), i.amount().minorUnits(), Math::addExact);
        }
      }
    } catch (ArithmeticException e) {
      throw Exact.overflow("the net of the expected instructions", e);
    }
    SortedMap<String, Long> accounts = new TreeMap<>(net);
    ledger.balances().forEach((account, money) -> accounts.putIfAbsent(account.value(), 0L));
    accounts.keySet().forEach(account -> {
      Money inLedger = ledger.balance(AccountId.of(account));
      if (inLedger.minorUnits() != net.getOrDefault(account, 0L)) {
        found.add(new Discrepancy(Kind.LEDGER_MISMATCH, account, null, null, "ledger balance of " + account + " is "
            + inLedger + ", the instructions net to " + new Money(ledger.currency(), net.getOrDefault(account, 0L))));
      }
    });
  }

  private static String describe(PaymentInstruction i) {
    return i.kind() + " " + i.amount() + " " + i.from() + " -> " + i.to() + " [" + i.idempotencyKey() + "]";
  }
}
