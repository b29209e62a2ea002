package org.atelier.core;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.outbox.DispatchReport;
import org.atelier.core.outbox.OutboxNotification;
import org.atelier.core.outbox.OutboxPayout;
import org.atelier.core.plan.PlanTemplates;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.Internships;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipService;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.directory.WorkerDirectory;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.store.EventStore;

/**
 * The one entry point of Atelier: a facade over the domain services, wired to a host's SPI
 * implementations by {@link #newBuilder()}, or to the embedded in-memory defaults by
 * {@link #inMemory()}.
 *
 * <p>An instance is immutable and thread-safe. It owns no threads: outbox messages are
 * delivered when the host calls {@link #dispatchPending()}, or on the dispatch executor
 * given to the builder. See {@code org.atelier.core.outbox} for what the outbox promises.
 *
 * @since 0.1
 */
public final class Atelier {
  private final Engine engine;
  private final Internships internships;

  Atelier(Engine engine) {
    this(engine, new WorkflowSettings(WorkflowPolicy.defaults(), AccessPolicy.contractDefault(), null,
        PlanTemplates.builtIn()));
  }

  Atelier(Engine engine, WorkflowSettings workflow) {
    this.engine = engine;
    this.internships = new InternshipService(engine, workflow.policy(), workflow.access(), workflow.split(),
        workflow.templates());
  }

  /**
   * The micro-internship workflow: every command of the scenario contract, the time rules
   * and the queries.
   *
   * @return the workflow service
   */
  public Internships internships() {
    return internships;
  }

  /** The wiring every domain service is built from, such as {@code new Internships(engine(), policy)}. */
  Engine engine() {
    return engine;
  }

  /**
   * Starts a builder; see {@link AtelierBuilder} for the options and the discovery rules.
   *
   * @return a new builder
   */
  public static AtelierBuilder newBuilder() {
    return new AtelierBuilder();
  }

  /**
   * An instance on fresh in-memory implementations of every SPI, on the system clock.
   *
   * @return the instance
   */
  public static Atelier inMemory() {
    return newBuilder().embeddedDefaults().build();
  }

  /**
   * An instance on fresh in-memory implementations of every SPI, on the given clock: the
   * setting for reproducible tests and scenario runs.
   *
   * @param clock the clock
   * @return the instance
   */
  public static Atelier inMemory(Clock clock) {
    return newBuilder().clock(clock).embeddedDefaults().build();
  }

  /**
   * The clock every command reads.
   *
   * @return the clock
   */
  public Clock clock() {
    return engine.clock();
  }

  /**
   * The event store in use.
   *
   * @return the store
   */
  public EventStore eventStore() {
    return engine.store();
  }

  /**
   * The payment gateway in use.
   *
   * @return the gateway
   */
  public PaymentGateway paymentGateway() {
    return engine.gateway();
  }

  /**
   * The notifier in use (the logging fallback when the host gave none).
   *
   * @return the notifier
   */
  public Notifier notifier() {
    return engine.notifier();
  }

  /**
   * The worker directory in use, if any.
   *
   * @return the directory
   */
  public Optional<WorkerDirectory> workerDirectory() {
    return engine.directory();
  }

  /**
   * Runs one dispatch pass in the caller's thread: every payout and notification that is
   * in flight and due (by the clock) is sent, every payout the gateway holds as pending is
   * looked up, and each outcome is recorded as an event.
   *
   * @return what the pass did
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed; what was not
   *     recorded is sent again by a later pass, under the same idempotency key
   */
  public DispatchReport dispatchPending() {
    return engine.dispatcher().dispatchPending();
  }

  /**
   * Every payout instruction ever requested, with its state, in the order the requests were
   * stored: the same order in every run of the same commands.
   *
   * @return a snapshot
   */
  public List<OutboxPayout> payouts() {
    return engine.dispatcher().payouts();
  }

  /**
   * The payouts that failed permanently or ran out of retries and wait for the host.
   *
   * @return a snapshot, in request order
   */
  public List<OutboxPayout> stuckPayouts() {
    return engine.dispatcher().stuckPayouts();
  }

  /**
   * Puts the stuck payouts with an idempotency key back in flight with fresh attempts. They
   * are sent again, under the same key, by the next dispatch pass.
   *
   * @param idempotencyKey the payout's key
   * @param actor who asks, recorded with the event
   * @return how many payouts were put back
   * @throws AtelierException {@code NOT_FOUND} if no stuck payout has the key
   */
  public int retryStuckPayout(String idempotencyKey, String actor) {
    return engine.dispatcher().retryStuck(idempotencyKey, actor);
  }

  /**
   * Marks the stuck payouts with an idempotency key as dealt with outside Atelier; they
   * are never sent again.
   *
   * @param idempotencyKey the payout's key
   * @param actor who marks them, recorded with the event
   * @param note what was done
   * @return how many payouts were marked
   * @throws AtelierException {@code NOT_FOUND} if no stuck payout has the key
   */
  public int resolveStuckPayout(String idempotencyKey, String actor, String note) {
    return engine.dispatcher().resolveStuck(idempotencyKey, actor, note);
  }

  /**
   * Every notification ever requested, with its state, in request order.
   *
   * @return a snapshot
   */
  public List<OutboxNotification> notifications() {
    return engine.dispatcher().notifications();
  }

  /**
   * The notifications delivered so far, in delivery order.
   *
   * @return a snapshot
   */
  public List<Notification> deliveredNotifications() {
    return engine.dispatcher().deliveredNotifications();
  }
}
