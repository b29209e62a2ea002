package org.atelier.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.store.AppendResult;
import org.atelier.spi.store.ConcurrencyConflictException;
import org.atelier.spi.store.EventData;
import org.atelier.spi.store.EventMetadata;
import org.atelier.spi.store.EventStore;
import org.atelier.spi.store.EventStoreException;
import org.atelier.spi.store.ExpectedVersion;
import org.atelier.spi.store.StoredEvent;

/**
 * Runs commands on event-sourced aggregates: load by folding the stream, decide, append
 * with the version that was read, and on a conflict retry the whole command.
 *
 * <p>Each run of {@link #execute}:
 *
 * <ol>
 *   <li>loads the aggregate ({@link #load});
 *   <li>calls the decision; a refusal ({@link AtelierException}) propagates and nothing is
 *       written; no events means nothing is written either;
 *   <li>appends the events, each followed by the outbox messages it asks for, as one batch
 *       with {@link ExpectedVersion#noStream()} if the stream was absent, else
 *       {@link ExpectedVersion#exactly(long)} of the version read;
 *   <li>on {@link ConcurrencyConflictException}, starts again from step 1, at most
 *       {@code maxRetries} times, then fails with {@link ErrorCode#CONCURRENT_MODIFICATION}.
 * </ol>
 *
 * <p>Event ids and metadata are deterministic (see {@link EventIds}): the causation id is the
 * command's id, the correlation id, actor and timestamp come from the {@link CommandContext}.
 * A store failure ({@link EventStoreException}) becomes {@link ErrorCode#STORAGE_FAILED}:
 * the append may or may not have been written, so the host reloads before deciding to run
 * the command again.
 *
 * <p>Thread-safe: concurrent commands on one aggregate are serialized by the store's
 * optimistic concurrency. Cost: one read of the stream per attempt, linear in its length.
 */
public final class CommandRunner {
  /** The default number of retries after a conflict. */
  public static final int DEFAULT_MAX_RETRIES = 5;

  private final EventStore store;
  private final int maxRetries;
  private final Runnable afterOutboxAppend;
  private final AtomicLong commands = new AtomicLong();

  /**
   * Creates a runner.
   *
   * @param store the store
   * @param maxRetries how many times a conflicting command is run again, {@code >= 0}
   * @param afterOutboxAppend called after an append that holds outbox messages, such as a
   *     hook that schedules an asynchronous dispatch pass; it must not throw
   * @throws IllegalArgumentException if {@code maxRetries} is negative
   */
  public CommandRunner(EventStore store, int maxRetries, Runnable afterOutboxAppend) {
    this.store = Objects.requireNonNull(store, "store");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.afterOutboxAppend = Objects.requireNonNull(afterOutboxAppend, "afterOutboxAppend");
  }

  /**
   * Creates a runner with {@link #DEFAULT_MAX_RETRIES} and no hook.
   *
   * @param store the store
   */
  public CommandRunner(EventStore store) {
    this(store, DEFAULT_MAX_RETRIES, () -> { });
  }

  /**
   * How many times a conflicting command is run again.
   *
   * @return the bound
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Runs a command.
   *
   * @param <S> the state
   * @param <E> the events
   * @param type the aggregate type
   * @param aggregateId the aggregate's id
   * @param ctx who, why and when
   * @param decision what to do
   * @return the new state, the appended events and the new version
   * @throws AtelierException the decision's refusal, unchanged; {@code CONCURRENT_MODIFICATION}
   *     if conflicts outlast the retries; {@code STORAGE_FAILED} if the store failed;
   *     {@code VALIDATION} if a stored event cannot be decoded
   */
  public <S, E> CommandResult<S, E> execute(
      AggregateType<S, E> type, String aggregateId, CommandContext ctx, Decision<S, E> decision) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(decision, "decision");
    String streamId = type.streamId(aggregateId);
    long sequence = commands.incrementAndGet();
    for (int attempt = 0; ; attempt++) {
      Loaded<S> loaded = load(type, aggregateId);
      List<E> events = List.copyOf(decision.decide(loaded.state()));
      if (events.isEmpty()) {
        return new CommandResult<>(loaded.state(), List.of(), loaded.version(), List.of());
      }
      String commandId = EventIds.commandId(streamId, loaded.version(), sequence, ctx);
      EventMetadata metadata = new EventMetadata(ctx.actor(), commandId, ctx.correlationId(), ctx.now());
      List<EventData> batch = new ArrayList<>();
      List<OutboxMessage> outbox = new ArrayList<>();
      S state = loaded.state();
      long version = Math.max(loaded.version(), 0);
      EventCodec<E> codec = type.codec();
      for (E event : events) {
        state = type.evolve(state, event);
        String typeName = codec.typeName(event);
        byte[] payload = codec.encode(event);
        version++;
        batch.add(new EventData(EventIds.eventId(streamId, version, commandId, typeName, payload),
            typeName, codec.schemaVersion(event), payload, metadata));
        for (OutboxMessage message : type.outbox(event)) {
          String messageType = OutboxEvents.typeName(message);
          byte[] messagePayload = OutboxEvents.encode(message);
          version++;
          batch.add(new EventData(EventIds.eventId(streamId, version, commandId, messageType, messagePayload),
              messageType, OutboxEvents.SCHEMA_VERSION, messagePayload, metadata));
          outbox.add(message);
        }
      }
      ExpectedVersion expected = loaded.exists() ? ExpectedVersion.exactly(loaded.version()) : ExpectedVersion.noStream();
      AppendResult appended;
      try {
        appended = store.append(streamId, expected, batch);
      } catch (ConcurrencyConflictException conflict) {
        if (attempt >= maxRetries) {
          throw new AtelierException(ErrorCode.CONCURRENT_MODIFICATION, "stream " + streamId
              + " was changed by other commands during " + (attempt + 1) + " attempts (" + conflict.getMessage()
              + "); the command was not applied; retry it", conflict);
        }
        continue;
      } catch (EventStoreException failure) {
        throw storageFailed("append to " + streamId, failure);
      }
      if (appended.alreadyStored()) {
        // Another writer stored this very batch (same ids): this run's events were not
        // written. That is a lost race like any other, so decide again from the new state.
        if (attempt >= maxRetries) {
          throw new AtelierException(ErrorCode.CONCURRENT_MODIFICATION, "stream " + streamId
              + " already held an identical batch from another writer after " + (attempt + 1)
              + " attempts; the command was not applied; retry it");
        }
        continue;
      }
      if (!outbox.isEmpty()) {
        afterOutboxAppend.run();
      }
      return new CommandResult<>(state, events, appended.streamVersion(), outbox);
    }
  }

  /**
   * Loads an aggregate by folding its stream's domain events (outbox events are skipped).
   *
   * @param <S> the state
   * @param <E> the events
   * @param type the aggregate type
   * @param aggregateId the aggregate's id
   * @return the state, the stream's version and whether it exists
   * @throws AtelierException {@code STORAGE_FAILED} if the store failed; {@code VALIDATION}
   *     if a stored event cannot be decoded
   */
  public <S, E> Loaded<S> load(AggregateType<S, E> type, String aggregateId) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    String streamId = type.streamId(aggregateId);
    long versionBefore;
    List<StoredEvent> stored;
    try {
      // The version first: if the stream grows in between, the events read are the truth,
      // and an absent-then-created stream only costs a conflict on append.
      versionBefore = store.streamVersion(streamId);
      stored = store.readStream(streamId);
    } catch (EventStoreException failure) {
      throw storageFailed("read of " + streamId, failure);
    }
    S state = type.initial(aggregateId);
    EventCodec<E> codec = type.codec();
    for (StoredEvent event : stored) {
      if (OutboxEvents.isReserved(event.data().type())) {
        continue;
      }
      state = type.evolve(state, codec.decode(event.data().type(), event.data().schemaVersion(), event.data().payload()));
    }
    long version = stored.isEmpty() ? versionBefore : stored.get(stored.size() - 1).version();
    return new Loaded<>(state, version, version >= 0);
  }

  private static AtelierException storageFailed(String what, EventStoreException failure) {
    return new AtelierException(ErrorCode.STORAGE_FAILED,
        "the event store failed during the " + what + ": " + failure.getMessage(), failure);
  }
}
