package org.atelier.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.atelier.core.internal.discovery.LoggingNotifier;
import org.atelier.core.internal.discovery.ServiceSource;
import org.atelier.core.internal.discovery.SpiDiscovery;
import org.atelier.core.internal.engine.CommandRunner;
import org.atelier.core.internal.engine.Engine;
import org.atelier.core.internal.outbox.DispatchPolicy;
import org.atelier.core.memory.InMemoryEventStore;
import org.atelier.core.memory.InMemoryNotifier;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.core.memory.InMemoryWorkerDirectory;
import org.atelier.spi.directory.WorkerDirectory;
import org.atelier.spi.notify.Notifier;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.store.EventStore;
import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.plan.PlanTemplates;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.WorkflowPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Atelier}. Setters fail fast, in the style of Caffeine: a {@code null}
 * throws {@link NullPointerException}, a bad value {@link IllegalArgumentException}, and a
 * value set twice {@link IllegalStateException}, at once; what can only be judged as a
 * whole (discovery) is checked by {@link #build()}.
 *
 * <h2>Which SPI implementations are used</h2>
 *
 * <ol>
 *   <li>An implementation given to a setter wins.
 *   <li>With {@link #embeddedDefaults()}, every SPI not set is the in-memory implementation
 *       of {@code org.atelier.core.memory}, and nothing is discovered.
 *   <li>Otherwise {@link java.util.ServiceLoader} looks for providers ({@code provides} on
 *       the module path, {@code META-INF/services} on the class path). Several providers of
 *       one SPI are an error.
 *   <li>No {@link EventStore} or no {@link PaymentGateway} is an error that names the
 *       missing SPI: storage and money never fall back silently. No {@link Notifier} falls
 *       back to one that logs, with a warning. No {@link WorkerDirectory} leaves none.
 * </ol>
 *
 * <p>A builder is not thread-safe and builds once.
 *
 * @since 0.1
 */
public final class AtelierBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(AtelierBuilder.class);

  private @Nullable Clock clock;
  private @Nullable EventStore eventStore;
  private @Nullable PaymentGateway paymentGateway;
  private @Nullable Notifier notifier;
  private @Nullable WorkerDirectory workerDirectory;
  private @Nullable Executor dispatchExecutor;
  private int maxCommandRetries = -1;
  private int dispatchMaxAttempts = -1;
  private @Nullable Duration initialBackoff;
  private @Nullable Duration maxBackoff;
  private boolean embeddedDefaults;
  private @Nullable WorkflowPolicy workflowPolicy;
  private @Nullable AccessPolicy accessPolicy;
  private @Nullable SplitPolicy splitPolicy;
  private @Nullable PlanTemplates planTemplates;
  private boolean built;
  private ServiceSource serviceSource = ServiceSource.serviceLoader();

  AtelierBuilder() {}

  /**
   * The clock every command and the dispatcher's backoff read. Default: the system UTC
   * clock, the one place the wall clock may enter; give a fixed or test clock for
   * reproducible runs.
   *
   * @param clock the clock
   * @return this builder
   * @throws IllegalStateException if a clock was set already
   */
  public AtelierBuilder clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    requireUnset(this.clock, "clock");
    this.clock = clock;
    return this;
  }

  /**
   * The event store.
   *
   * @param eventStore the store
   * @return this builder
   * @throws IllegalStateException if an event store was set already
   */
  public AtelierBuilder eventStore(EventStore eventStore) {
    Objects.requireNonNull(eventStore, "eventStore");
    requireUnset(this.eventStore, "eventStore");
    this.eventStore = eventStore;
    return this;
  }

  /**
   * The payment gateway.
   *
   * @param paymentGateway the gateway
   * @return this builder
   * @throws IllegalStateException if a payment gateway was set already
   */
  public AtelierBuilder paymentGateway(PaymentGateway paymentGateway) {
    Objects.requireNonNull(paymentGateway, "paymentGateway");
    requireUnset(this.paymentGateway, "paymentGateway");
    this.paymentGateway = paymentGateway;
    return this;
  }

  /**
   * The notifier.
   *
   * @param notifier the notifier
   * @return this builder
   * @throws IllegalStateException if a notifier was set already
   */
  public AtelierBuilder notifier(Notifier notifier) {
    Objects.requireNonNull(notifier, "notifier");
    requireUnset(this.notifier, "notifier");
    this.notifier = notifier;
    return this;
  }

  /**
   * The worker directory.
   *
   * @param workerDirectory the directory
   * @return this builder
   * @throws IllegalStateException if a worker directory was set already
   */
  public AtelierBuilder workerDirectory(WorkerDirectory workerDirectory) {
    Objects.requireNonNull(workerDirectory, "workerDirectory");
    requireUnset(this.workerDirectory, "workerDirectory");
    this.workerDirectory = workerDirectory;
    return this;
  }

  /**
   * An executor that runs dispatch passes asynchronously, after each command that
   * appended outbox messages. Default: none, so that delivery happens only when the host
   * calls {@link Atelier#dispatchPending()}; Atelier never starts threads of its own.
   *
   * @param executor the executor
   * @return this builder
   * @throws IllegalStateException if an executor was set already
   */
  public AtelierBuilder dispatchExecutor(Executor executor) {
    Objects.requireNonNull(executor, "executor");
    requireUnset(this.dispatchExecutor, "dispatchExecutor");
    this.dispatchExecutor = executor;
    return this;
  }

  /**
   * How many times a command that lost an optimistic-concurrency race is run again before
   * it fails with {@link ErrorCode#CONCURRENT_MODIFICATION}. Default: 5.
   *
   * @param retries from 0 to 100
   * @return this builder
   * @throws IllegalArgumentException if {@code retries} is outside 0..100
   * @throws IllegalStateException if it was set already
   */
  public AtelierBuilder maxCommandRetries(int retries) {
    if (retries < 0 || retries > 100) {
      throw new IllegalArgumentException("maxCommandRetries must be from 0 to 100, got " + retries);
    }
    if (maxCommandRetries >= 0) {
      throw new IllegalStateException("maxCommandRetries was already set to " + maxCommandRetries);
    }
    this.maxCommandRetries = retries;
    return this;
  }

  /**
   * How many times the outbox dispatcher tries a payout or notification before the payout
   * is stuck or the notification failed. Default: 5.
   *
   * @param attempts from 1 to 100
   * @return this builder
   * @throws IllegalArgumentException if {@code attempts} is outside 1..100
   * @throws IllegalStateException if it was set already
   */
  public AtelierBuilder dispatchMaxAttempts(int attempts) {
    if (attempts < 1 || attempts > 100) {
      throw new IllegalArgumentException("dispatchMaxAttempts must be from 1 to 100, got " + attempts);
    }
    if (dispatchMaxAttempts >= 0) {
      throw new IllegalStateException("dispatchMaxAttempts was already set to " + dispatchMaxAttempts);
    }
    this.dispatchMaxAttempts = attempts;
    return this;
  }

  /**
   * The workflow's numbers: payout split and time-rule periods. Default
   * {@link WorkflowPolicy#defaults()}.
   *
   * @param policy the policy
   * @return this builder
   * @throws IllegalStateException if set twice
   */
  public AtelierBuilder workflowPolicy(WorkflowPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireUnset(this.workflowPolicy, "workflowPolicy");
    this.workflowPolicy = policy;
    return this;
  }

  /**
   * The dispatcher's backoff: after the n-th failed attempt a message waits
   * {@code min(max, initial × 2^(n-1))} on the clock before the next. Default: 10 s to 10 min.
   *
   * @param initial the first wait, positive
   * @param max the longest wait, at least {@code initial}
   * @return this builder
   * @throws IllegalArgumentException if {@code initial} is not positive or {@code max} is below it
   * @throws IllegalStateException if it was set already
   */
  public AtelierBuilder dispatchBackoff(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("dispatchBackoff initial wait must be positive, got " + initial);
    }
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("dispatchBackoff max wait " + max + " is below the initial wait " + initial);
    }
    requireUnset(this.initialBackoff, "dispatchBackoff");
    this.initialBackoff = initial;
    this.maxBackoff = max;
    return this;
  }

  /**
   * Who may issue which workflow command. Default {@link AccessPolicy#contractDefault()}.
   *
   * @param policy the access policy
   * @return this builder
   * @throws IllegalStateException if set twice
   */
  public AtelierBuilder accessPolicy(AccessPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireUnset(this.accessPolicy, "accessPolicy");
    this.accessPolicy = policy;
    return this;
  }

  /**
   * How a payout is split, replacing the workflow policy's fixed split (for experiments with
   * {@link org.atelier.core.payment.RevisionScaledSplit} and the like).
   *
   * @param policy the split policy
   * @return this builder
   * @throws IllegalStateException if set twice
   */
  public AtelierBuilder splitPolicy(SplitPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireUnset(this.splitPolicy, "splitPolicy");
    this.splitPolicy = policy;
    return this;
  }

  /**
   * The decomposition templates mentors instantiate. Default {@link PlanTemplates#builtIn()};
   * add a host's own with {@code PlanTemplates.builtIn().with(...)}.
   *
   * @param templates the registry
   * @return this builder
   * @throws IllegalStateException if set twice
   */
  public AtelierBuilder planTemplates(PlanTemplates templates) {
    Objects.requireNonNull(templates, "templates");
    requireUnset(this.planTemplates, "planTemplates");
    this.planTemplates = templates;
    return this;
  }

  /**
   * Asks for the embedded defaults: every SPI not given to a setter is a fresh in-memory
   * implementation, and nothing is discovered.
   *
   * @return this builder
   * @throws IllegalStateException if asked already
   */
  public AtelierBuilder embeddedDefaults() {
    if (embeddedDefaults) {
      throw new IllegalStateException("embeddedDefaults() was already called");
    }
    embeddedDefaults = true;
    return this;
  }

  /** For tests of discovery: where providers come from instead of {@code ServiceLoader}. */
  AtelierBuilder serviceSource(ServiceSource source) {
    this.serviceSource = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Builds the instance.
   *
   * @return the instance
   * @throws IllegalStateException if this builder built already, an SPI has several
   *     providers, or no event store or no payment gateway was given or found
   */
  public Atelier build() {
    if (built) {
      throw new IllegalStateException("this builder has built an Atelier already; start a new one with Atelier.newBuilder()");
    }
    SpiDiscovery discovery = new SpiDiscovery(embeddedDefaults ? AtelierBuilder::none : serviceSource);
    EventStore store = discovery.find(EventStore.class, Optional.ofNullable(eventStore))
        .orElseGet(() -> embeddedDefaults ? new InMemoryEventStore() : missing(EventStore.class, "eventStore"));
    PaymentGateway gateway = discovery.find(PaymentGateway.class, Optional.ofNullable(paymentGateway))
        .orElseGet(() -> embeddedDefaults ? new InMemoryPaymentGateway() : missing(PaymentGateway.class, "paymentGateway"));
    Notifier chosenNotifier = discovery.find(Notifier.class, Optional.ofNullable(notifier))
        .orElseGet(() -> embeddedDefaults ? new InMemoryNotifier() : loggingNotifier());
    Optional<WorkerDirectory> directory = discovery.find(WorkerDirectory.class, Optional.ofNullable(workerDirectory))
        .or(() -> embeddedDefaults ? Optional.of(new InMemoryWorkerDirectory()) : Optional.empty());
    DispatchPolicy defaults = DispatchPolicy.DEFAULT;
    DispatchPolicy policy = new DispatchPolicy(
        dispatchMaxAttempts >= 0 ? dispatchMaxAttempts : defaults.maxAttempts(),
        initialBackoff != null ? initialBackoff : defaults.initialBackoff(),
        maxBackoff != null ? maxBackoff : defaults.maxBackoff());
    Engine engine = new Engine(clock != null ? clock : Clock.systemUTC(), store, gateway, chosenNotifier, directory,
        maxCommandRetries >= 0 ? maxCommandRetries : CommandRunner.DEFAULT_MAX_RETRIES, policy,
        Optional.ofNullable(dispatchExecutor));
    built = true;
    return new Atelier(engine, new WorkflowSettings(
        workflowPolicy != null ? workflowPolicy : WorkflowPolicy.defaults(),
        accessPolicy != null ? accessPolicy : AccessPolicy.contractDefault(), splitPolicy,
        planTemplates != null ? planTemplates : PlanTemplates.builtIn()));
  }

  private static <T> java.util.List<T> none(Class<T> spi) {
    return java.util.List.of();
  }

  private static <T> T missing(Class<T> spi, String setter) {
    throw new IllegalStateException("no " + spi.getSimpleName() + " is configured: none was given to " + setter
        + "(...) and ServiceLoader found no provider of " + spi.getName() + "; add a provider (provides "
        + spi.getName() + " with ...), set one on the builder, or call embeddedDefaults() for the in-memory one."
        + " Atelier never falls back silently for storage or money");
  }

  private static Notifier loggingNotifier() {
    LOG.warn("no org.atelier.spi.notify.Notifier was given or found by ServiceLoader; notifications will only be "
        + "logged, not delivered. Set one with Atelier.newBuilder().notifier(...)");
    return new LoggingNotifier();
  }

  private static void requireUnset(@Nullable Object current, String name) {
    if (current != null) {
      throw new IllegalStateException(name + " was already set to " + current);
    }
  }
}
