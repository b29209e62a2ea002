package org.atelier.core.internal.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.atelier.core.internal.outbox.DispatchPolicy;
import org.atelier.core.internal.outbox.OutboxDispatcher;
import org.atelier.core.json.AtelierJson;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.spi.directory.WorkerDirectory;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a domain service needs, wired once by the facade's builder: the clock, the
 * SPI implementations, the command runner, the outbox dispatcher and the JSON mapper. A service is built from it
 * in a line, such as {@code new Internships(engine, policy)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final Clock clock;
  private final EventStore store;
  private final PaymentGateway gateway;
  private final Notifier notifier;
  private final Optional<WorkerDirectory> directory;
  private final CommandRunner runner;
  private final OutboxDispatcher dispatcher;
  private final ObjectMapper json;

  /**
   * Wires an engine.
   *
   * @param clock the clock every command reads
   * @param store the event store
   * @param gateway the payment gateway
   * @param notifier the notifier
   * @param directory the worker directory, if the host has one
   * @param maxCommandRetries how many times a conflicting command is run again, {@code >= 0}
   * @param dispatchPolicy how hard the outbox dispatcher tries
   * @param dispatchExecutor if present, a dispatch pass is run on it after every command
   *     that appended outbox messages; if absent, only explicit passes deliver
   */
  public Engine(Clock clock, EventStore store, PaymentGateway gateway, Notifier notifier,
      Optional<WorkerDirectory> directory, int maxCommandRetries, DispatchPolicy dispatchPolicy,
      Optional<Executor> dispatchExecutor) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.dispatcher = new OutboxDispatcher(store, gateway, notifier, clock, dispatchPolicy);
    this.runner = new CommandRunner(store, maxCommandRetries,
        dispatchExecutor.<Runnable>map(executor -> () -> schedulePass(executor)).orElse(() -> { }));
    this.json = AtelierJson.newMapper();
  }

  private void schedulePass(Executor executor) {
    try {
      executor.execute(() -> {
        try {
          dispatcher.dispatchPending();
        } catch (RuntimeException e) {
          // Nothing is lost: the messages stay pending in the store for the next pass.
          LOG.warn("an asynchronous dispatch pass failed; the messages stay pending", e);
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.warn("the dispatch executor refused a pass; the messages stay pending for the next pass", e);
    }
  }

  /**
   * An engine on fresh in-memory implementations, for tests of domain services.
   *
   * @param clock the clock
   * @return the engine
   */
  public static Engine inMemory(Clock clock) {
    return new Engine(clock, new InMemoryEventStore(), new InMemoryPaymentGateway(), new InMemoryNotifier(),
        Optional.empty(), CommandRunner.DEFAULT_MAX_RETRIES, DispatchPolicy.DEFAULT, Optional.empty());
  }

  /**
   * A command context at the clock's current instant.
   *
   * @param actor who runs the command
   * @param correlationId the flow of work it belongs to
   * @return the context
   */
  public CommandContext context(String actor, String correlationId) {
    return new CommandContext(actor, correlationId, clock.instant());
  }

  /**
   * The injected clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The event store.
   *
   * @return the store
   */
  public EventStore store() {
    return store;
  }

  /**
   * The payment gateway.
   *
   * @return the gateway
   */
  public PaymentGateway gateway() {
    return gateway;
  }

  /**
   * The notifier.
   *
   * @return the notifier
   */
  public Notifier notifier() {
    return notifier;
  }

  /**
   * The worker directory, if the host has one.
   *
   * @return the directory
   */
  public Optional<WorkerDirectory> directory() {
    return directory;
  }

  /**
   * The command runner.
   *
   * @return the runner
   */
  public CommandRunner runner() {
    return runner;
  }

  /**
   * The outbox dispatcher.
   *
   * @return the dispatcher
   */
  public OutboxDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * The canonical JSON mapper ({@link AtelierJson#newMapper()}).
   *
   * @return the mapper
   */
  public ObjectMapper json() {
    return json;
  }
}
