package org.atelier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.atelier.core.internal.engine.Counter;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.core.outbox.DispatchReport;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.atelier.spi.Money;
import org.atelier.spi.notify.Notification;
import org.junit.jupiter.api.Test;

class AtelierOutboxTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aCommandsPayoutsAndNotifications_areDeliveredByDispatchPending() {
    Atelier atelier = Atelier.inMemory(CLOCK);
    Engine engine = atelier.engine();

    engine.runner().execute(Counter.TYPE, "c1", engine.context("alice", "flow"),
        state -> List.of(new Counter.BonusPaid("bob", 500)));
    assertThat(atelier.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.PENDING);
    assertThat(((InMemoryPaymentGateway) atelier.paymentGateway()).executed()).isEmpty();

    DispatchReport report = atelier.dispatchPending();

    assertThat(report.settled()).isEqualTo(1);
    assertThat(report.delivered()).isEqualTo(1);
    assertThat(report.idle()).isTrue();
    InMemoryPaymentGateway gateway = (InMemoryPaymentGateway) atelier.paymentGateway();
    assertThat(gateway.balance("bob", Money.currency("USD"))).isEqualTo(Money.ofMinor(500, "USD"));
    assertThat(atelier.deliveredNotifications()).extracting(Notification::dedupeKey).containsExactly("bonus-note-bob");
    assertThat(((InMemoryNotifier) atelier.notifier()).deliveries()).hasSize(1);
    assertThat(atelier.stuckPayouts()).isEmpty();
  }

  @Test
  void withADispatchExecutor_aPassRunsAfterEachCommandWithOutboxMessages() {
    List<Runnable> scheduled = new ArrayList<>();
    Executor queue = scheduled::add;
    Atelier atelier = Atelier.newBuilder().clock(CLOCK).dispatchExecutor(queue).embeddedDefaults().build();
    Engine engine = atelier.engine();

    engine.runner().execute(Counter.TYPE, "c1", engine.context("alice", "flow"), Counter.increment(1));
    assertThat(scheduled).as("no outbox messages, no pass").isEmpty();
    engine.runner().execute(Counter.TYPE, "c1", engine.context("alice", "flow"),
        state -> List.of(new Counter.BonusPaid("bob", 500)));
    assertThat(scheduled).hasSize(1);
    assertThat(atelier.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.PENDING);

    scheduled.get(0).run();

    assertThat(atelier.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.SETTLED);
  }

  @Test
  void sameCommandsOnTwoEmbeddedInstances_giveByteIdenticalStores() {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Atelier atelier = Atelier.inMemory(CLOCK);
      Engine engine = atelier.engine();
      engine.runner().execute(Counter.TYPE, "c1", engine.context("alice", "flow"), Counter.increment(2));
      engine.runner().execute(Counter.TYPE, "c1", engine.context("alice", "flow"),
          state -> List.of(new Counter.BonusPaid("bob", 500)));
      atelier.dispatchPending();
      runs.add(atelier.eventStore().readAll(1, 100).events().stream()
          .map(e -> e.position() + " " + e.streamId() + " " + e.data().eventId() + " " + e.data().type() + " "
              + new String(e.data().payload(), java.nio.charset.StandardCharsets.UTF_8) + " " + e.data().metadata())
          .toList());
    }
    assertThat(runs.get(0)).hasSize(6).isEqualTo(runs.get(1));
  }
}
