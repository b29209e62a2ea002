package org.atelier.core.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.internal.engine.OutboxMessage;
import org.atelier.core.outbox.NotificationState;
import org.atelier.core.outbox.OutboxNotification;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.store.EventPage;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * The state of every outbox message, folded from the store's global order: requests from
 * any stream, outcomes from {@link OutboxEvents#STREAM}. It is the dispatcher's only
 * memory, so a new dispatcher on an old store rebuilds exactly what was pending.
 *
 * <p>An outcome that does not fit the message's state (a second dispatcher's late report
 * on a settled payout, say) is ignored: final states stay final.
 *
 * <p>Not thread-safe: the dispatcher confines it to its lock.
 */
final class OutboxProjection {
  private static final int PAGE = 512;

  private final EventStore store;
  private final ObjectMapper mapper;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<Notification> delivered = new ArrayList<>();
  private long nextPosition = 1;

  OutboxProjection(EventStore store, ObjectMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  /** Reads every event appended since the last call. Cost: O(new events). */
  void catchUp() {
    while (true) {
      EventPage page = store.readAll(nextPosition, PAGE);
      page.events().forEach(this::apply);
      nextPosition = page.nextPosition();
      if (page.endReached() || page.events().isEmpty()) {
        return;
      }
    }
  }

  private void apply(StoredEvent event) {
    Optional<OutboxMessage> request = OutboxEvents.decode(event);
    if (request.isPresent()) {
      entries.putIfAbsent(event.data().eventId(), new Entry(event.data().eventId(), request.get(),
          event.data().metadata().timestamp(), event.data().metadata().correlationId()));
      return;
    }
    OutboxOutcome.decode(mapper, event).ifPresent(outcome -> {
      Entry entry = entries.get(outcome.messageId());
      if (entry != null) {
        entry.apply(outcome);
        if (outcome instanceof OutboxOutcome.NotificationDelivered && entry.notificationState == NotificationState.DELIVERED
            && entry.message instanceof OutboxMessage.Notify notify && !entry.countedDelivered) {
          entry.countedDelivered = true;
          delivered.add(notify.notification());
        }
      }
    });
  }

  /** Every message, in the order of its request in the store. */
  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The delivered notifications, in the order they were delivered. */
  List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  /** One message's state; mutable, confined to the projection. */
  static final class Entry {
    final String messageId;
    final OutboxMessage message;
    final Instant requestedAt;
    final String correlationId;
    PayoutState payoutState = PayoutState.PENDING;
    NotificationState notificationState = NotificationState.PENDING;
    int attempts;
    int generation;
    @Nullable Instant retryAt;
    @Nullable String gatewayReference;
    @Nullable String lastError;
    boolean countedDelivered;

    Entry(String messageId, OutboxMessage message, Instant requestedAt, String correlationId) {
      this.messageId = messageId;
      this.message = message;
      this.requestedAt = requestedAt;
      this.correlationId = correlationId;
    }

    boolean isPayout() {
      return message instanceof OutboxMessage.Payout;
    }

    boolean inFlight() {
      return isPayout()
          ? payoutState == PayoutState.PENDING || payoutState == PayoutState.AWAITING_SETTLEMENT
          : notificationState == NotificationState.PENDING;
    }

    private boolean payoutOpen() {
      return isPayout() && (payoutState == PayoutState.PENDING || payoutState == PayoutState.AWAITING_SETTLEMENT);
    }

    void apply(OutboxOutcome outcome) {
      if (outcome instanceof OutboxOutcome.PayoutAttemptFailed failed && payoutOpen()) {
        payoutState = PayoutState.PENDING;
        attempts = failed.attempt();
        retryAt = failed.retryAt();
        lastError = failed.reason();
      } else if (outcome instanceof OutboxOutcome.PayoutAccepted accepted && payoutState == PayoutState.PENDING
          && isPayout()) {
        payoutState = PayoutState.AWAITING_SETTLEMENT;
        gatewayReference = accepted.gatewayReference();
        retryAt = null;
      } else if (outcome instanceof OutboxOutcome.PayoutSettled settled && payoutOpen()) {
        payoutState = PayoutState.SETTLED;
        gatewayReference = settled.gatewayReference();
        retryAt = null;
      } else if (outcome instanceof OutboxOutcome.PayoutStuck stuck && payoutOpen()) {
        payoutState = PayoutState.STUCK;
        attempts = stuck.attempts();
        lastError = stuck.reason();
        retryAt = null;
      } else if (outcome instanceof OutboxOutcome.PayoutRetryRequested retry && payoutState == PayoutState.STUCK
          && isPayout()) {
        payoutState = PayoutState.PENDING;
        generation = retry.generation();
        attempts = 0;
        retryAt = null;
      } else if (outcome instanceof OutboxOutcome.PayoutResolved resolved && payoutState == PayoutState.STUCK
          && isPayout()) {
        payoutState = PayoutState.RESOLVED;
        lastError = resolved.note();
      } else if (outcome instanceof OutboxOutcome.NotificationAttemptFailed failed && !isPayout()
          && notificationState == NotificationState.PENDING) {
        attempts = failed.attempt();
        retryAt = failed.retryAt();
        lastError = failed.reason();
      } else if (outcome instanceof OutboxOutcome.NotificationDelivered && !isPayout()
          && notificationState == NotificationState.PENDING) {
        notificationState = NotificationState.DELIVERED;
        retryAt = null;
      } else if (outcome instanceof OutboxOutcome.NotificationFailed failed && !isPayout()
          && notificationState == NotificationState.PENDING) {
        notificationState = NotificationState.FAILED;
        attempts = failed.attempts();
        lastError = failed.reason();
        retryAt = null;
      }
    }

    OutboxPayout toPayout() {
      return new OutboxPayout(messageId, ((OutboxMessage.Payout) message).instruction(), payoutState, attempts,
          requestedAt, retryAt, gatewayReference, lastError);
    }

    OutboxNotification toNotification() {
      return new OutboxNotification(messageId, ((OutboxMessage.Notify) message).notification(), notificationState,
          attempts, retryAt, lastError);
    }
  }
}
