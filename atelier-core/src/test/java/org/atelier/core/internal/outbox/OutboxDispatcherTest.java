package org.atelier.core.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.internal.engine.OutboxMessage;
import org.atelier.core.internal.outbox.FaultyGateway.Fault;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.outbox.DispatchReport;
import org.atelier.core.outbox.NotificationState;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.atelier.spi.Money;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final DispatchPolicy POLICY = new DispatchPolicy(4, Duration.ofSeconds(10), Duration.ofMinutes(1));

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final FaultyGateway gateway = new FaultyGateway();
  private final InMemoryNotifier notifier = new InMemoryNotifier();
  private final MutableClock clock = new MutableClock(T0);
  private final OutboxDispatcher dispatcher = new OutboxDispatcher(store, gateway, notifier, clock, POLICY);

  @Test
  void transientFailuresThenSuccess_settleOnce_withBackoffMeasuredOnTheClock() {
    gateway.script("k1", Fault.TRANSIENT, Fault.TIMEOUT);
    request(store, payout("k1", 7_000));

    assertThat(dispatcher.dispatchPending().retryScheduled()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(9));
    assertThat(dispatcher.dispatchPending().notDue()).as("not due before 10 s").isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    DispatchReport second = dispatcher.dispatchPending();
    assertThat(second.retryScheduled()).isEqualTo(1);
    assertThat(dispatcher.payouts().get(0).nextAttemptAt()).isEqualTo(T0.plusSeconds(10 + 20));
    assertThat(dispatcher.payouts().get(0).lastError()).contains("read timed out");
    clock.advance(Duration.ofSeconds(19));
    assertThat(dispatcher.dispatchPending().notDue()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    DispatchReport third = dispatcher.dispatchPending();

    assertThat(third.settled()).isEqualTo(1);
    assertThat(third.idle()).isTrue();
    OutboxPayout payout = dispatcher.payouts().get(0);
    assertThat(payout.state()).isEqualTo(PayoutState.SETTLED);
    assertThat(payout.attempts()).isEqualTo(2);
    assertThat(payout.gatewayReference()).isEqualTo("mem-1");
    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
    assertThat(gateway.executeCalls()).isEqualTo(3);
    dispatcher.dispatchPending();
    assertThat(gateway.executeCalls()).as("a settled payout is never sent again").isEqualTo(3);
  }

  @Test
  void lostAnswerAfterTheMoneyMoved_isResentUnderTheSameKey_andPaysOnce() {
    gateway.script("k1", Fault.LOST_ANSWER);
    request(store, payout("k1", 100));

    dispatcher.dispatchPending();
    clock.advance(Duration.ofSeconds(10));
    dispatcher.dispatchPending();

    assertThat(dispatcher.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.SETTLED);
    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
    assertThat(gateway.real.executed()).hasSize(1);
  }

  @Test
  void permanentFailure_makesAStuckPayout_thatIsNeverResentUntilTheHostRetriesIt() {
    gateway.script("k1", Fault.PERMANENT);
    request(store, payout("k1", 100), payout("k2", 200));

    DispatchReport report = dispatcher.dispatchPending();

    assertThat(report.stuck()).isEqualTo(1);
    assertThat(report.settled()).isEqualTo(1);
    assertThat(dispatcher.stuckPayouts()).singleElement().satisfies(p -> {
      assertThat(p.instruction().idempotencyKey()).isEqualTo("k1");
      assertThat(p.lastError()).contains("permanent failure").contains("is closed");
    });
    clock.advance(Duration.ofHours(1));
    dispatcher.dispatchPending();
    assertThat(gateway.executeCalls()).isEqualTo(2);

    assertThat(dispatcher.retryStuck("k1", "ops")).isEqualTo(1);
    assertThat(dispatcher.payouts().get(0).state()).isEqualTo(PayoutState.PENDING);
    dispatcher.dispatchPending();

    assertThat(dispatcher.stuckPayouts()).isEmpty();
    assertThat(dispatcher.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.SETTLED, PayoutState.SETTLED);
    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
  }

  @Test
  void retriesExhausted_makeAStuckPayout_whichTheHostMayMarkResolved() {
    gateway.script("k1", Fault.TRANSIENT, Fault.TIMEOUT, Fault.TRANSIENT, Fault.TRANSIENT);
    request(store, payout("k1", 100));

    for (int pass = 0; pass < 6; pass++) {
      dispatcher.dispatchPending();
      clock.advance(Duration.ofMinutes(1));
    }

    OutboxPayout stuck = dispatcher.stuckPayouts().get(0);
    assertThat(stuck.attempts()).isEqualTo(4);
    assertThat(stuck.lastError()).startsWith("gave up after 4 attempts");
    assertThat(gateway.executeCalls()).isEqualTo(4);

    assertThat(dispatcher.resolveStuck("k1", "ops", "paid by bank transfer")).isEqualTo(1);
    assertThat(dispatcher.stuckPayouts()).isEmpty();
    assertThat(dispatcher.payouts().get(0).state()).isEqualTo(PayoutState.RESOLVED);
    assertThat(dispatcher.payouts().get(0).lastError()).isEqualTo("paid by bank transfer");
    dispatcher.dispatchPending();
    assertThat(gateway.executeCalls()).isEqualTo(4);
    assertThat(gateway.real.effectCount("k1")).isZero();
  }

  @Test
  void hostActions_onAKeyWithNoStuckPayout_areNotFound() {
    request(store, payout("k1", 100));
    dispatcher.dispatchPending();

    assertThatThrownBy(() -> dispatcher.retryStuck("k1", "ops"))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("no stuck payout has idempotency key k1");
    assertThatThrownBy(() -> dispatcher.resolveStuck("nope", "ops", "n/a")).isInstanceOf(AtelierException.class);
  }

  @Test
  void pendingResults_areSettledLaterThroughLookup_withoutResending() {
    gateway.script("k1", Fault.PENDING);
    request(store, payout("k1", 100));

    assertThat(dispatcher.dispatchPending().awaitingSettlement()).isEqualTo(1);
    assertThat(dispatcher.dispatchPending().awaitingSettlement()).isEqualTo(1);
    assertThat(dispatcher.payouts().get(0).state()).isEqualTo(PayoutState.AWAITING_SETTLEMENT);
    gateway.settle("k1");
    DispatchReport settled = dispatcher.dispatchPending();

    assertThat(settled.settled()).isEqualTo(1);
    assertThat(dispatcher.payouts().get(0).state()).isEqualTo(PayoutState.SETTLED);
    assertThat(gateway.executeCalls()).isEqualTo(1);
    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
  }

  @Test
  void idempotencyConflict_makesTheSecondPayoutStuck_andMovesNothingMore() {
    request(store, payout("k1", 100));
    request(store, payout("k1", 999));

    dispatcher.dispatchPending();

    assertThat(dispatcher.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.SETTLED, PayoutState.STUCK);
    assertThat(dispatcher.stuckPayouts().get(0).lastError()).contains("refused the idempotency key");
    assertThat(gateway.real.balance("int-1", Money.currency("USD")).minorUnits()).isEqualTo(100);
  }

  @Test
  void twoDispatchersOnOneStore_bothAnswered_stillPayOnceAndRecordOneOutcome() {
    request(store, payout("k1", 100), payout("k2", 200));
    OutboxDispatcher other = new OutboxDispatcher(store, gateway, notifier, clock, POLICY);

    dispatcher.dispatchPending();
    other.payouts();
    // The second dispatcher catches up before its pass and finds nothing in flight; force a
    // stale view by racing a third dispatcher that read the store before the first pass.
    OutboxDispatcher stale = new OutboxDispatcher(new StaleView(store), gateway, notifier, clock, POLICY);
    stale.dispatchPending();

    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
    assertThat(gateway.real.effectCount("k2")).isEqualTo(1);
    List<StoredEvent> outcomes = store.readStream(OutboxEvents.STREAM);
    assertThat(outcomes).extracting(e -> e.data().type())
        .containsExactly("atelier.outbox.PayoutSettled", "atelier.outbox.PayoutSettled");
    assertThat(other.payouts()).extracting(OutboxPayout::state).containsOnly(PayoutState.SETTLED);
  }

  @Test
  void aNewDispatcherOnAnOldStore_rebuildsThePendingSet() {
    gateway.script("k1", Fault.TRANSIENT);
    gateway.script("k2", Fault.PERMANENT);
    request(store, payout("k1", 100), payout("k2", 200), notify("n1"));
    dispatcher.dispatchPending();
    List<OutboxPayout> before = dispatcher.payouts();

    OutboxDispatcher restarted = new OutboxDispatcher(store, gateway, new InMemoryNotifier(), clock, POLICY);

    assertThat(restarted.payouts()).isEqualTo(before);
    assertThat(restarted.notifications()).extracting(n -> n.state()).containsExactly(NotificationState.DELIVERED);
    assertThat(restarted.dispatchPending().notDue()).as("the backoff survives the restart").isEqualTo(1);
    clock.advance(Duration.ofSeconds(10));
    restarted.dispatchPending();
    assertThat(restarted.payouts()).extracting(OutboxPayout::state).containsExactly(PayoutState.SETTLED, PayoutState.STUCK);
    assertThat(restarted.payouts().get(0).attempts()).isEqualTo(1);
    assertThat(gateway.real.effectCount("k1")).isEqualTo(1);
  }

  @Test
  void notifications_areDeliveredInRequestOrder_retriedOnFailure_andGivenUpVisibly() {
    AtomicInteger failures = new AtomicInteger();
    Notifier flaky = notification -> {
      if (notification.dedupeKey().equals("n2") && failures.incrementAndGet() <= 1) {
        throw new IllegalStateException("smtp down");
      }
      if (notification.dedupeKey().equals("n3")) {
        throw new IllegalStateException("mailbox full");
      }
      notifier.deliver(notification);
    };
    OutboxDispatcher withFlaky = new OutboxDispatcher(store, gateway, flaky, clock, POLICY);
    request(store, notify("n1"), notify("n2"), notify("n3"));

    for (int pass = 0; pass < 6; pass++) {
      withFlaky.dispatchPending();
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(notifier.deliveries()).extracting(Notification::dedupeKey).containsExactly("n1", "n2");
    assertThat(withFlaky.deliveredNotifications()).extracting(Notification::dedupeKey).containsExactly("n1", "n2");
    assertThat(withFlaky.notifications()).extracting(n -> n.state())
        .containsExactly(NotificationState.DELIVERED, NotificationState.DELIVERED, NotificationState.FAILED);
    assertThat(withFlaky.notifications().get(2).lastError()).contains("mailbox full");
    assertThat(withFlaky.notifications().get(2).attempts()).isEqualTo(4);
  }

  static PaymentInstruction instruction(String key, long cents) {
    return new PaymentInstruction(key, PaymentKind.PAYOUT, "escrow:t1", "int-1", Money.ofMinor(cents, "USD"), "t1",
        "payout " + key);
  }

  static OutboxMessage payout(String key, long cents) {
    return new OutboxMessage.Payout(instruction(key, cents));
  }

  static OutboxMessage notify(String key) {
    return new OutboxMessage.Notify(new Notification(key, "int-1", "MILESTONE_APPROVED", "t1", Map.of("m", "m1"), T0));
  }

  private static final AtomicInteger REQUESTS = new AtomicInteger();

  /** Appends outbox requests as a command would: in one batch of a domain stream. */
  static void request(EventStore store, OutboxMessage... messages) {
    List<EventData> batch = java.util.Arrays.stream(messages)
        .map(m -> new EventData("request-" + REQUESTS.incrementAndGet(), OutboxEvents.typeName(m),
            OutboxEvents.SCHEMA_VERSION, OutboxEvents.encode(m), new EventMetadata("alice", "cmd", "flow", T0)))
        .toList();
    store.append("internship-t1", ExpectedVersion.any(), batch);
  }

  /** A view of a store that hides the outcome stream, as a dispatcher that read before them would see it. */
  private static final class StaleView extends org.atelier.core.internal.engine.ForwardingEventStore {
    StaleView(EventStore delegate) {
      super(delegate);
    }

    @Override
    public org.atelier.spi.store.EventPage readAll(long fromPosition, int maxCount) {
      org.atelier.spi.store.EventPage page = super.readAll(fromPosition, maxCount);
      return new org.atelier.spi.store.EventPage(
          page.events().stream().filter(e -> !e.streamId().equals(OutboxEvents.STREAM)).toList(),
          page.nextPosition(), page.endReached());
    }
  }
}
