package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.core.payment.internal.PayoutSender;
import org.atelier.core.payment.internal.PayoutSender.Delivery;
import org.atelier.spi.Money;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;
import org.junit.jupiter.api.Test;

/**
 * A gateway that times out (before or after moving money), fails transiently, leaves
 * payments pending, answers twice, or fails lookups, chosen by a seeded random: nothing is
 * lost and nothing is paid twice (exactly one effect per idempotency key).
 */
class PayoutFaultInjectionTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  enum Fault { NONE, TIMEOUT_BEFORE, TIMEOUT_AFTER, TRANSIENT, PENDING, ANSWERS_TWICE }

  /** Wraps an honest, idempotent gateway and injects faults around it. */
  static final class FaultyGateway implements PaymentGateway {
    final InMemoryPaymentGateway honest = new InMemoryPaymentGateway();
    final Random random;
    final Map<String, PaymentResult> refusedForGood = new HashMap<>();
    final List<String> permanentlyRefused;
    int calls;

    FaultyGateway(long seed, List<String> permanentlyRefused) {
      this.random = new Random(seed);
      this.permanentlyRefused = permanentlyRefused;
    }

    @Override
    public PaymentResult execute(PaymentInstruction instruction) {
      calls++;
      if (permanentlyRefused.contains(instruction.idempotencyKey())) {
        PaymentResult no = new PaymentResult.Failed(true, "account closed");
        refusedForGood.put(instruction.idempotencyKey(), no);
        return no;
      }
      Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
      switch (fault) {
        case TIMEOUT_BEFORE:
          throw new IllegalStateException("read timed out before the request reached the provider");
        case TIMEOUT_AFTER:
          honest.execute(instruction);
          throw new IllegalStateException("read timed out after the provider moved the money");
        case TRANSIENT:
          return new PaymentResult.Failed(false, "503 service unavailable");
        case PENDING:
          honest.execute(instruction);
          return new PaymentResult.Pending("pending-" + instruction.idempotencyKey());
        case ANSWERS_TWICE:
          honest.execute(instruction);
          return honest.execute(instruction);
        default:
          return honest.execute(instruction);
      }
    }

    @Override
    public Optional<PaymentResult> lookup(String idempotencyKey) {
      if (random.nextInt(5) == 0) {
        throw new IllegalStateException("lookup timed out");
      }
      PaymentResult refused = refusedForGood.get(idempotencyKey);
      return refused != null ? Optional.of(refused) : honest.lookup(idempotencyKey);
    }
  }

  /** A whole internship: funding, two approvals, a takeover, a third approval. */
  static List<EscrowOutcome> internship() {
    List<EscrowOutcome> outcomes = new ArrayList<>();
    Escrow escrow = EscrowTest.scenario();
    outcomes.add(escrow.fund(T0));
    outcomes.add(outcomes.get(outcomes.size() - 1).escrow().release("m1", SplitContext.none(), T0));
    outcomes.add(outcomes.get(outcomes.size() - 1).escrow().release("m2", SplitContext.none(), T0));
    outcomes.add(outcomes.get(outcomes.size() - 1).escrow().mentorTakeover());
    outcomes.add(outcomes.get(outcomes.size() - 1).escrow().release("m3", SplitContext.none(), T0));
    outcomes.add(outcomes.get(outcomes.size() - 1).escrow().complete(T0));
    return outcomes;
  }

  static List<PaymentInstruction> instructions(List<EscrowOutcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.instructions().stream()).toList();
  }

  static Ledger ledger(List<EscrowOutcome> outcomes) {
    return Ledger.replay(Money.currency("USD"), outcomes.stream().flatMap(o -> o.transactions().stream()).toList());
  }

  @Test
  void faultyGateway_everyPayoutHasExactlyOneEffectAndTheBooksReconcile() {
    List<EscrowOutcome> outcomes = internship();
    List<PaymentInstruction> expected = instructions(outcomes);
    Ledger ledger = ledger(outcomes);
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      FaultyGateway gateway = new FaultyGateway(seed, List.of());
      PayoutSender sender = new PayoutSender(gateway, 50, attempt -> { });
      // The outbox delivers at least once: every instruction is sent, then sent again after a "crash".
      for (int round = 0; round < 2; round++) {
        for (PaymentInstruction instruction : expected) {
          Delivery delivery = sender.send(instruction);
          assertThat(delivery.status()).as("seed %d: %s", seed, delivery).isEqualTo(Delivery.Status.SENT);
        }
      }
      for (PaymentInstruction instruction : expected) {
        assertThat(gateway.honest.effectCount(instruction.idempotencyKey())).as("effects of %s",
            instruction.idempotencyKey()).isEqualTo(1);
      }
      assertThat(nonZero(gateway.honest.balances(Money.currency("USD")))).isEqualTo(printable(ledger.balances()));
      ReconciliationReport report = Reconciliation.reconcile(Optional.of(ledger), expected, gateway.honest::lookup,
          Optional.of(gateway.honest.executed()));
      assertThat(report.discrepancies()).isEmpty();
      assertThat(report.matched()).isEqualTo(expected.size());
    });
  }

  @Test
  void permanentFailure_staysVisibleAsAStuckPayoutAndNothingElseIsLost() {
    List<EscrowOutcome> outcomes = internship();
    List<PaymentInstruction> expected = instructions(outcomes);
    String refused = "t1/m2/int-1/intern-share";
    FaultyGateway gateway = new FaultyGateway(42, List.of(refused));
    PayoutSender sender = new PayoutSender(gateway, 50, attempt -> { });
    List<Delivery> stuck = new ArrayList<>();
    for (PaymentInstruction instruction : expected) {
      Delivery delivery = sender.send(instruction);
      if (delivery.status() != Delivery.Status.SENT) {
        stuck.add(delivery);
      }
    }
    assertThat(stuck).singleElement().satisfies(d -> {
      assertThat(d.idempotencyKey()).isEqualTo(refused);
      assertThat(d.status()).isEqualTo(Delivery.Status.STUCK);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.detail()).contains("account closed");
    });
    assertThat(gateway.honest.effectCount(refused)).isZero();
    ReconciliationReport report = Reconciliation.reconcile(expected, new PaymentGateway() {
      @Override
      public PaymentResult execute(PaymentInstruction instruction) {
        throw new AssertionError("reconciliation never executes");
      }

      @Override
      public Optional<PaymentResult> lookup(String key) {
        return Optional.ofNullable(gateway.refusedForGood.get(key)).or(() -> gateway.honest.lookup(key));
      }
    });
    assertThat(report.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Discrepancy.Kind.FAILED);
      assertThat(d.subject()).isEqualTo(refused);
    });
    assertThat(report.matched()).isEqualTo(expected.size() - 1);
  }

  @Test
  void gatewayThatNeverAnswers_leavesThePayoutPendingNotLost() {
    PaymentInstruction payout = instructions(internship()).get(1);
    PaymentGateway down = new PaymentGateway() {
      @Override
      public PaymentResult execute(PaymentInstruction instruction) {
        throw new IllegalStateException("connect timed out");
      }

      @Override
      public Optional<PaymentResult> lookup(String key) {
        throw new IllegalStateException("connect timed out");
      }
    };
    List<Integer> pauses = new ArrayList<>();
    Delivery delivery = new PayoutSender(down, 4, pauses::add).send(payout);
    assertThat(delivery.status()).isEqualTo(Delivery.Status.PENDING);
    assertThat(delivery.attempts()).isEqualTo(4);
    assertThat(delivery.detail()).contains("connect timed out");
    assertThat(pauses).containsExactly(1, 2, 3);
  }

  private static SortedMap<String, Money> nonZero(SortedMap<String, Money> balances) {
    SortedMap<String, Money> result = new TreeMap<>(balances);
    result.values().removeIf(Money::isZero);
    return result;
  }

  private static SortedMap<String, Money> printable(SortedMap<AccountId, Money> balances) {
    SortedMap<String, Money> result = new TreeMap<>();
    balances.forEach((account, money) -> {
      if (!money.isZero()) {
        result.put(account.value(), money);
      }
    });
    return result;
  }
}
