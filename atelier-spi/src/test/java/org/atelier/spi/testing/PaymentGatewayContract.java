package org.atelier.spi.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.atelier.spi.Money;
import org.atelier.spi.payment.IdempotencyConflictException;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.payment.PaymentResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PaymentGateway}: the idempotency matrix. Extend it, implement
 * {@link #newGateway()} and {@link #effectCount}, and, if the provider's test accounts
 * have other names, override {@link #instruction}:
 *
 * <pre>{@code
 * class SandboxGatewayTest extends PaymentGatewayContract {
 *   protected PaymentGateway newGateway() { return new SandboxGateway(sandboxCredentials()); }
 *   protected long effectCount(PaymentGateway gateway, String key) {
 *     return sandbox.transfersWithReference(key).size();   // what the provider actually did
 *   }
 * }
 * }</pre>
 *
 * <p>It proves: a fresh key moves money once; the same key retried, sequentially and from
 * 8 threads at once, gives one effect and the same result; a different instruction under a
 * known key is refused with {@link IdempotencyConflictException} and moves nothing, also
 * when both race; {@link PaymentGateway#lookup} reports what happened.
 *
 * <p>The kit expects the gateway under test to answer the kit's instructions with final
 * results ({@link PaymentResult.Succeeded}) or {@link PaymentResult.Pending}; a sandbox
 * that fails them says nothing about idempotency.
 *
 * @since 0.1
 */
public abstract class PaymentGatewayContract {
  /** The gateway under test, fresh for each test. */
  protected PaymentGateway gateway;

  /** Creates the contract; subclasses supply the factory. */
  protected PaymentGatewayContract() {}

  /**
   * A fresh gateway that has seen none of the kit's keys.
   *
   * @return the gateway under test
   */
  protected abstract PaymentGateway newGateway();

  /**
   * How many times money actually moved for an idempotency key, as the provider's records
   * show it (not as the gateway reports it).
   *
   * @param gateway the gateway under test
   * @param idempotencyKey the key
   * @return the number of movements, which the contract requires to be 0 or 1
   */
  protected abstract long effectCount(PaymentGateway gateway, String idempotencyKey);

  /**
   * The instruction the kit sends under a key. Override to use the provider's test accounts.
   *
   * @param idempotencyKey the key
   * @param minorUnits the amount in cents of USD
   * @return the instruction
   */
  protected PaymentInstruction instruction(String idempotencyKey, long minorUnits) {
    return new PaymentInstruction(idempotencyKey, PaymentKind.PAYOUT, "contract-escrow", "contract-intern",
        Money.ofMinor(minorUnits, "USD"), "contract-task", "contract payout");
  }

  /** Creates the gateway under test. */
  @BeforeEach
  void createGateway() {
    gateway = newGateway();
  }

  @Test
  void execute_ofAFreshKey_movesMoneyOnce_andLookupReportsIt() {
    PaymentResult result = gateway.execute(instruction(key("fresh"), 1_000));

    assertThat(result).isInstanceOfAny(PaymentResult.Succeeded.class, PaymentResult.Pending.class);
    assertThat(effectCount(gateway, key("fresh"))).isEqualTo(1);
    assertThat(gateway.lookup(key("fresh"))).isPresent();
    assertThat(gateway.lookup(key("never-seen"))).isEmpty();
  }

  @Test
  void sameKeyRetried_givesOneEffectAndTheSameResult() {
    PaymentInstruction instruction = instruction(key("retried"), 2_500);
    PaymentResult first = gateway.execute(instruction);

    for (int retry = 0; retry < 5; retry++) {
      PaymentResult again = gateway.execute(instruction(key("retried"), 2_500));
      if (first instanceof PaymentResult.Succeeded) {
        assertThat(again).isEqualTo(first);
      }
    }

    assertThat(effectCount(gateway, key("retried"))).isEqualTo(1);
  }

  @Test
  void sameKeyRetriedConcurrently_givesOneEffectAndTheSameResult() throws Exception {
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<PaymentResult>> calls = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      calls.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        return gateway.execute(instruction(key("concurrent"), 700));
      });
    }

    List<PaymentResult> results = Concurrently.run(calls);

    assertThat(effectCount(gateway, key("concurrent"))).isEqualTo(1);
    if (results.stream().allMatch(r -> r instanceof PaymentResult.Succeeded)) {
      assertThat(results).containsOnly(results.get(0));
    }
    assertThat(results).allSatisfy(
        r -> assertThat(r).isInstanceOfAny(PaymentResult.Succeeded.class, PaymentResult.Pending.class));
  }

  @Test
  void differentInstructionUnderAKnownKey_isRefusedAndMovesNothing() {
    PaymentInstruction original = instruction(key("bound"), 1_000);
    PaymentResult first = gateway.execute(original);
    List<UnaryOperator<PaymentInstruction>> changes = List.of(
        i -> new PaymentInstruction(i.idempotencyKey(), i.kind(), i.from(), i.to(), Money.ofMinor(1_001, "USD"), i.task(), i.memo()),
        i -> new PaymentInstruction(i.idempotencyKey(), i.kind(), i.from(), i.to(), Money.ofMinor(1_000, "EUR"), i.task(), i.memo()),
        i -> new PaymentInstruction(i.idempotencyKey(), i.kind(), i.from(), i.to() + "-other", i.amount(), i.task(), i.memo()),
        i -> new PaymentInstruction(i.idempotencyKey(), i.kind(), i.from() + "-other", i.to(), i.amount(), i.task(), i.memo()),
        i -> new PaymentInstruction(i.idempotencyKey(), PaymentKind.REFUND, i.from(), i.to(), i.amount(), i.task(), i.memo()));

    for (UnaryOperator<PaymentInstruction> change : changes) {
      PaymentInstruction changed = change.apply(original);
      assertThatThrownBy(() -> gateway.execute(changed))
          .as("same key, different instruction: %s", changed)
          .isInstanceOfSatisfying(IdempotencyConflictException.class,
              e -> assertThat(e.idempotencyKey()).isEqualTo(key("bound")));
    }

    assertThat(effectCount(gateway, key("bound"))).isEqualTo(1);
    if (first instanceof PaymentResult.Succeeded) {
      assertThat(gateway.lookup(key("bound"))).contains(first);
      assertThat(gateway.execute(original)).isEqualTo(first);
    }
  }

  @Test
  void twoInstructionsRacingForOneKey_oneWinsAndTheOtherIsRefused() throws Exception {
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Callable<String>> calls = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long amount = t % 2 == 0 ? 300 : 400;
      calls.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        try {
          gateway.execute(instruction(key("contested"), amount));
          return "accepted " + amount;
        } catch (IdempotencyConflictException refused) {
          return "refused " + amount;
        }
      });
    }

    List<String> outcomes = Concurrently.run(calls);

    assertThat(effectCount(gateway, key("contested"))).isEqualTo(1);
    boolean threeHundredWon = outcomes.contains("accepted 300");
    boolean fourHundredWon = outcomes.contains("accepted 400");
    assertThat(threeHundredWon ^ fourHundredWon).as("exactly one instruction wins the key: %s", outcomes).isTrue();
    assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).hasSize(threads / 2);
  }

  @Test
  void distinctKeys_areDistinctMovements() {
    gateway.execute(instruction(key("one"), 100));
    gateway.execute(instruction(key("two"), 100));

    assertThat(effectCount(gateway, key("one"))).isEqualTo(1);
    assertThat(effectCount(gateway, key("two"))).isEqualTo(1);
  }

  /**
   * The idempotency key the kit uses for a short name.
   *
   * @param name the name
   * @return the key
   */
  protected String key(String name) {
    return "contract-" + name;
  }
}
