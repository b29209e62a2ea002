package org.atelier.core.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.internal.engine.EventIds;
import org.atelier.core.internal.engine.OutboxEvents;
import org.atelier.core.internal.engine.OutboxMessage;
import org.atelier.core.json.AtelierJson;
import org.atelier.core.outbox.DispatchReport;
import org.atelier.core.outbox.OutboxNotification;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.outbox.PayoutState;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.IdempotencyConflictException;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.EventStoreException;
import org.atelier.spi.store.ExpectedVersion;

/**
 * Delivers outbox messages: payouts to the {@link PaymentGateway}, notifications to the
 * {@link Notifier}, and records every outcome as an event in {@link OutboxEvents#STREAM}.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Nothing is lost.</b> What is pending is folded from the store (requests and
 *       outcomes), never kept only in memory: a new dispatcher on an old store finds exactly
 *       the messages still in flight, with their attempt counts and retry times.
 *   <li><b>Nothing is paid twice.</b> Every (re)send of a payout carries the instruction's
 *       own idempotency key, so the gateway gives one effect however often it is asked.
 *       Notifications are at least once, with their dedupe key.
 *   <li><b>Bounded retry with backoff.</b> A transient failure (a {@code Failed} result
 *       that is not permanent, or any exception) is retried after
 *       {@link DispatchPolicy#backoffAfter}, measured on the injected clock: a pass skips a
 *       message that is not due yet. After {@link DispatchPolicy#maxAttempts} a payout is
 *       {@link PayoutState#STUCK stuck} and a notification failed. A permanent failure or
 *       an idempotency conflict makes a payout stuck at once.
 *   <li><b>Pending results</b> are settled in later passes through
 *       {@link PaymentGateway#lookup}.
 * </ul>
 *
 * <p>The dispatcher owns no threads: {@link #dispatchPending()} runs one pass in the
 * caller's thread. Passes, queries and host actions are serialized by one lock, so a host
 * may run passes from an executor while it queries.
 *
 * <p>Cost: each call first reads the events appended since the last one (O(new events));
 * a pass then visits every message ever requested (O(messages)) and makes one gateway or
 * notifier call and one append per message that is due. Memory is O(messages).
 */
public final class OutboxDispatcher {
  private static final String SYSTEM = "system";

  private final EventStore store;
  private final PaymentGateway gateway;
  private final Notifier notifier;
  private final Clock clock;
  private final DispatchPolicy policy;
  /** Shared: a mapper is thread-safe, and building one (and warming its caches) is not cheap. */
  private static final ObjectMapper MAPPER = AtelierJson.newMapper();

  private final ObjectMapper mapper = MAPPER;
  private final OutboxProjection projection;
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Creates a dispatcher. It reads the store on first use, so it resumes whatever an
   * earlier dispatcher left in flight.
   *
   * @param store the store the requests live in and the outcomes go to
   * @param gateway the gateway payouts go to
   * @param notifier the notifier notifications go to
   * @param clock the clock backoff is measured on
   * @param policy the retry policy
   */
  public OutboxDispatcher(EventStore store, PaymentGateway gateway, Notifier notifier, Clock clock,
      DispatchPolicy policy) {
    this.store = Objects.requireNonNull(store, "store");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.projection = new OutboxProjection(store, mapper);
  }

  /**
   * Runs one pass: every message in flight and due is sent (or, for a payout the gateway
   * holds as pending, looked up), and its outcome is recorded, in the order the messages
   * were requested.
   *
   * @return what the pass did
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed; the pass stops, and
   *     a later pass resends what was not recorded (safely: payouts are idempotent)
   */
  public DispatchReport dispatchPending() {
    lock.lock();
    try {
      catchUp();
      Instant now = clock.instant();
      Tally tally = new Tally();
      for (OutboxProjection.Entry entry : projection.entries()) {
        if (!entry.inFlight()) {
          continue;
        }
        if (entry.retryAt != null && now.isBefore(entry.retryAt)) {
          tally.notDue++;
        } else if (entry.message instanceof OutboxMessage.Payout payout) {
          if (entry.payoutState == PayoutState.AWAITING_SETTLEMENT) {
            settle(entry, payout.instruction(), now, tally);
          } else {
            send(entry, payout.instruction(), now, tally);
          }
        } else {
          deliver(entry, ((OutboxMessage.Notify) entry.message).notification(), now, tally);
        }
      }
      int remaining = (int) projection.entries().stream().filter(OutboxProjection.Entry::inFlight).count();
      return new DispatchReport(tally.settled, tally.awaiting, tally.delivered, tally.retry, tally.stuck, tally.failed,
          tally.notDue, remaining);
    } finally {
      lock.unlock();
    }
  }

  private void send(OutboxProjection.Entry entry, PaymentInstruction instruction, Instant now, Tally tally) {
    int attempt = entry.attempts + 1;
    PaymentResult result;
    try {
      result = gateway.execute(instruction);
    } catch (IdempotencyConflictException conflict) {
      record(entry, new OutboxOutcome.PayoutStuck(entry.messageId, attempt,
          "the gateway refused the idempotency key: " + conflict.getMessage()), attempt, SYSTEM, now);
      tally.stuck++;
      return;
    } catch (RuntimeException failure) {
      result = new PaymentResult.Failed(false, describe(failure));
    }
    onResult(entry, attempt, result == null ? new PaymentResult.Failed(false, "the gateway returned no result") : result,
        now, tally);
  }

  private void settle(OutboxProjection.Entry entry, PaymentInstruction instruction, Instant now, Tally tally) {
    Optional<PaymentResult> result;
    try {
      result = gateway.lookup(instruction.idempotencyKey());
    } catch (RuntimeException failure) {
      tally.awaiting++;
      return;
    }
    if (result.isEmpty()) {
      onResult(entry, entry.attempts + 1, new PaymentResult.Failed(false,
          "the gateway has no record of key " + instruction.idempotencyKey() + " it had accepted; resending"), now, tally);
    } else if (result.get() instanceof PaymentResult.Pending) {
      tally.awaiting++;
    } else {
      onResult(entry, entry.attempts + 1, result.get(), now, tally);
    }
  }

  private void onResult(OutboxProjection.Entry entry, int attempt, PaymentResult result, Instant now, Tally tally) {
    if (result instanceof PaymentResult.Succeeded succeeded) {
      record(entry, new OutboxOutcome.PayoutSettled(entry.messageId, succeeded.gatewayReference()), attempt, SYSTEM, now);
      tally.settled++;
    } else if (result instanceof PaymentResult.Pending pending) {
      record(entry, new OutboxOutcome.PayoutAccepted(entry.messageId, pending.gatewayReference()), attempt, SYSTEM, now);
      tally.awaiting++;
    } else {
      PaymentResult.Failed failed = (PaymentResult.Failed) result;
      if (failed.permanent()) {
        record(entry, new OutboxOutcome.PayoutStuck(entry.messageId, attempt, "permanent failure: " + failed.reason()),
            attempt, SYSTEM, now);
        tally.stuck++;
      } else if (attempt >= policy.maxAttempts()) {
        record(entry, new OutboxOutcome.PayoutStuck(entry.messageId, attempt, "gave up after " + attempt
            + " attempts: " + failed.reason()), attempt, SYSTEM, now);
        tally.stuck++;
      } else {
        record(entry, new OutboxOutcome.PayoutAttemptFailed(entry.messageId, attempt, failed.reason(),
            now.plus(policy.backoffAfter(attempt))), attempt, SYSTEM, now);
        tally.retry++;
      }
    }
  }

  private void deliver(OutboxProjection.Entry entry, Notification notification, Instant now, Tally tally) {
    int attempt = entry.attempts + 1;
    try {
      notifier.deliver(notification);
    } catch (RuntimeException failure) {
      if (attempt >= policy.maxAttempts()) {
        record(entry, new OutboxOutcome.NotificationFailed(entry.messageId, notification.dedupeKey(), attempt,
            describe(failure)), attempt, SYSTEM, now);
        tally.failed++;
      } else {
        record(entry, new OutboxOutcome.NotificationAttemptFailed(entry.messageId, attempt, describe(failure),
            now.plus(policy.backoffAfter(attempt))), attempt, SYSTEM, now);
        tally.retry++;
      }
      return;
    }
    record(entry, new OutboxOutcome.NotificationDelivered(entry.messageId, notification.dedupeKey()), attempt, SYSTEM,
        now);
    tally.delivered++;
  }

  /**
   * Every payout instruction ever requested, with its state, in the order of the requests
   * in the store.
   *
   * @return a snapshot
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed
   */
  public List<OutboxPayout> payouts() {
    return query(OutboxProjection.Entry::isPayout).stream().map(OutboxProjection.Entry::toPayout).toList();
  }

  /**
   * The stuck payouts, in the order of their requests.
   *
   * @return a snapshot
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed
   */
  public List<OutboxPayout> stuckPayouts() {
    return payouts().stream().filter(p -> p.state() == PayoutState.STUCK).toList();
  }

  /**
   * Every notification ever requested, with its state, in the order of the requests.
   *
   * @return a snapshot
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed
   */
  public List<OutboxNotification> notifications() {
    return query(e -> !e.isPayout()).stream().map(OutboxProjection.Entry::toNotification).toList();
  }

  /**
   * The notifications delivered, in the order they were delivered.
   *
   * @return a snapshot
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed
   */
  public List<Notification> deliveredNotifications() {
    lock.lock();
    try {
      catchUp();
      return projection.delivered();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Puts the stuck payouts with a key back in flight, with fresh attempts; the next pass
   * sends them again under the same key.
   *
   * @param idempotencyKey the payout's key
   * @param actor who asks
   * @return how many payouts were put back (more than one if several requests share the key)
   * @throws AtelierException {@code NOT_FOUND} if no stuck payout has the key;
   *     {@code STORAGE_FAILED} if the store failed
   */
  public int retryStuck(String idempotencyKey, String actor) {
    return onStuck(idempotencyKey, actor, e -> new OutboxOutcome.PayoutRetryRequested(e.messageId, e.generation + 1));
  }

  /**
   * Marks the stuck payouts with a key as dealt with outside Atelier.
   *
   * @param idempotencyKey the payout's key
   * @param actor who marks them
   * @param note what was done, kept with the payout
   * @return how many payouts were marked
   * @throws AtelierException {@code NOT_FOUND} if no stuck payout has the key;
   *     {@code STORAGE_FAILED} if the store failed
   */
  public int resolveStuck(String idempotencyKey, String actor, String note) {
    Objects.requireNonNull(note, "note");
    return onStuck(idempotencyKey, actor, e -> new OutboxOutcome.PayoutResolved(e.messageId, note));
  }

  private int onStuck(String idempotencyKey, String actor,
      java.util.function.Function<OutboxProjection.Entry, OutboxOutcome> outcome) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(actor, "actor");
    lock.lock();
    try {
      catchUp();
      List<OutboxProjection.Entry> stuck = projection.entries().stream()
          .filter(e -> e.isPayout() && e.payoutState == PayoutState.STUCK).toList();
      List<OutboxProjection.Entry> matching = stuck.stream()
          .filter(e -> ((OutboxMessage.Payout) e.message).instruction().idempotencyKey().equals(idempotencyKey))
          .toList();
      if (matching.isEmpty()) {
        throw AtelierException.notFound("no stuck payout has idempotency key " + idempotencyKey + "; stuck payouts: "
            + stuck.stream().map(e -> ((OutboxMessage.Payout) e.message).instruction().idempotencyKey()).toList());
      }
      Instant now = clock.instant();
      matching.forEach(e -> record(e, outcome.apply(e), e.attempts, actor, now));
      return matching.size();
    } finally {
      lock.unlock();
    }
  }

  private List<OutboxProjection.Entry> query(Predicate<OutboxProjection.Entry> filter) {
    lock.lock();
    try {
      catchUp();
      return projection.entries().stream().filter(filter).toList();
    } finally {
      lock.unlock();
    }
  }

  private void record(OutboxProjection.Entry entry, OutboxOutcome outcome, int attempt, String actor, Instant now) {
    String type = OutboxOutcome.typeName(outcome);
    byte[] payload = OutboxOutcome.encode(mapper, outcome);
    // Deterministic: a second dispatcher recording the same outcome appends the same id, which
    // the store takes as an idempotent retry.
    String eventId = EventIds.nameUuid("outbox-outcome", entry.messageId, type, Integer.toString(entry.generation),
        Integer.toString(attempt));
    EventData event = new EventData(eventId, type, OutboxEvents.SCHEMA_VERSION, payload,
        new EventMetadata(actor, entry.messageId, entry.correlationId, now));
    try {
      store.append(OutboxEvents.STREAM, ExpectedVersion.any(), List.of(event));
    } catch (EventStoreException failure) {
      throw new AtelierException(ErrorCode.STORAGE_FAILED, "the event store failed while recording " + type
          + " for outbox message " + entry.messageId + ": " + failure.getMessage(), failure);
    }
    catchUp();
  }

  private void catchUp() {
    try {
      projection.catchUp();
    } catch (EventStoreException failure) {
      throw new AtelierException(ErrorCode.STORAGE_FAILED,
          "the event store failed while reading the outbox: " + failure.getMessage(), failure);
    }
  }

  private static String describe(RuntimeException failure) {
    return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
  }

  /** Counts of one pass. */
  private static final class Tally {
    int settled;
    int awaiting;
    int delivered;
    int retry;
    int stuck;
    int failed;
    int notDue;
  }
}
