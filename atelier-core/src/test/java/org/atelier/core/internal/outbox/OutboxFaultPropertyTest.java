package org.atelier.core.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.core.internal.engine.OutboxMessage;
import org.atelier.core.internal.outbox.FaultyGateway.Fault;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.junit.jupiter.api.Test;

/**
 * Random fault scripts against the dispatcher, with restarts between passes: no payout is
 * lost (each ends settled or stuck, and is settled exactly when the money moved) and none
 * is paid twice.
 */
class OutboxFaultPropertyTest {
  private static final DispatchPolicy POLICY = new DispatchPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(20));
  private static final Fault[] FAULTS = Fault.values();

  @Test
  void randomFaultsAndRestarts_loseNoPayoutAndPayNoneTwice() {
    qt().withExamples(100)
        .forAll(lists().of(lists().of(integers().between(0, FAULTS.length - 1)).ofSizeBetween(0, 4)).ofSizeBetween(1, 5),
            integers().between(1, 4))
        .checkAssert((scripts, restartEvery) -> {
          InMemoryEventStore store = new InMemoryEventStore();
          FaultyGateway gateway = new FaultyGateway();
          MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
          List<OutboxMessage> messages = new ArrayList<>();
          for (int i = 0; i < scripts.size(); i++) {
            String key = "k" + i;
            gateway.script(key, scripts.get(i).stream().map(f -> FAULTS[f]).toArray(Fault[]::new));
            messages.add(OutboxDispatcherTest.payout(key, 100 + i));
          }
          OutboxDispatcherTest.request(store, messages.toArray(OutboxMessage[]::new));

          OutboxDispatcher dispatcher = new OutboxDispatcher(store, gateway, new InMemoryNotifier(), clock, POLICY);
          for (int pass = 1; pass <= 30; pass++) {
            if (pass % restartEvery == 0) {
              dispatcher = new OutboxDispatcher(store, gateway, new InMemoryNotifier(), clock, POLICY);
            }
            dispatcher.dispatchPending();
            for (int i = 0; i < scripts.size(); i++) {
              if (gateway.lookup("k" + i).filter(r -> r instanceof org.atelier.spi.payment.PaymentResult.Pending).isPresent()
                  && pass % 3 == 0) {
                gateway.settle("k" + i);
              }
            }
            clock.advance(Duration.ofSeconds(20));
          }

          List<OutboxPayout> payouts = dispatcher.payouts();
          assertThat(payouts).hasSize(scripts.size());
          for (OutboxPayout payout : payouts) {
            String key = payout.instruction().idempotencyKey();
            int effects = gateway.real.effectCount(key);
            assertThat(effects).as("payout %s paid at most once", key).isLessThanOrEqualTo(1);
            assertThat(payout.state()).as("payout %s ends settled or stuck", key)
                .isIn(PayoutState.SETTLED, PayoutState.STUCK);
            if (payout.state() == PayoutState.SETTLED) {
              assertThat(effects).as("a settled payout %s moved money", key).isEqualTo(1);
            }
          }
        });
  }
}
