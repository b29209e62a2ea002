package org.atelier.core;

import java.time.Clock;
import java.util.Optional;
import org.atelier.core.internal.engine.Engine;
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
 * delivered when the host asks for a dispatch pass, or on the dispatch executor given to
 * the builder.
 *
 * @since 0.1
 */
public final class Atelier {
  private final Engine engine;

  Atelier(Engine engine) {
    this.engine = engine;
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
}
