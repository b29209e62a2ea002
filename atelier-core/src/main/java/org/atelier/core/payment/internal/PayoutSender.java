package org.atelier.core.payment.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.atelier.spi.payment.IdempotencyConflictException;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;
import org.jspecify.annotations.Nullable;

/**
 * Sends one payment instruction through a {@link PaymentGateway} until it is final, retrying
 * with the same idempotency key, so that a retry never pays twice.
 *
 * <ul>
 *   <li>{@link PaymentResult.Succeeded}: {@link Delivery.Status#SENT}.
 *   <li>A permanent {@link PaymentResult.Failed} or an {@link IdempotencyConflictException}:
 *       {@link Delivery.Status#STUCK}, never retried; the host must resolve it.
 *   <li>A transient failure or any other exception (such as a timeout, after which the money
 *       may or may not have moved): first ask {@link PaymentGateway#lookup} what became of
 *       the key, and only re-execute (same key, same instruction) if the gateway has no final
 *       answer.
 *   <li>{@link PaymentResult.Pending}: ask {@code lookup} on the next attempts.
 * </ul>
 *
 * <p>After {@code maxAttempts} calls without a final answer the delivery is
 * {@link Delivery.Status#PENDING}: still owed, to be retried later by the host's scheduler.
 * Between attempts it calls {@code pause} with the attempt number; the host decides the
 * backoff (tests pass a no-op, so nothing sleeps).
 */
public final class PayoutSender {
  private final PaymentGateway gateway;
  private final int maxAttempts;
  private final IntConsumer pause;

  /**
   * Creates a sender.
   *
   * @param gateway the gateway
   * @param maxAttempts the most gateway calls per {@link #send}, at least 1
   * @param pause called with the attempt number (1-based) before each retry
   * @throws IllegalArgumentException if {@code maxAttempts < 1}
   */
  public PayoutSender(PaymentGateway gateway, int maxAttempts, IntConsumer pause) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts is " + maxAttempts + "; expected at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  /**
   * Sends an instruction until it is final or the attempts run out.
   *
   * @param instruction the instruction
   * @return what became of it
   */
  public Delivery send(PaymentInstruction instruction) {
    String key = instruction.idempotencyKey();
    @Nullable PaymentResult last = null;
    String detail = "not attempted";
    boolean askFirst = false;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        pause.accept(attempt - 1);
      }
      try {
        PaymentResult result;
        if (askFirst) {
          Optional<PaymentResult> known = gateway.lookup(key);
          result = known.isPresent() && isFinalOrPending(known.get()) ? known.get() : gateway.execute(instruction);
        } else {
          result = gateway.execute(instruction);
        }
        last = result;
        if (result instanceof PaymentResult.Succeeded) {
          return new Delivery(key, Delivery.Status.SENT, attempt, result, "sent");
        }
        if (result instanceof PaymentResult.Failed f && f.permanent()) {
          return new Delivery(key, Delivery.Status.STUCK, attempt, result, "refused permanently: " + f.reason());
        }
        detail = result instanceof PaymentResult.Failed f ? "transient failure: " + f.reason() : "pending";
        askFirst = true;
      } catch (IdempotencyConflictException conflict) {
        return new Delivery(key, Delivery.Status.STUCK, attempt, last, conflict.getMessage());
      } catch (RuntimeException failure) {
        detail = "gateway call failed: " + failure;
        askFirst = true;
      }
    }
    return new Delivery(key, Delivery.Status.PENDING, maxAttempts, last, detail);
  }

  private static boolean isFinalOrPending(PaymentResult result) {
    return !(result instanceof PaymentResult.Failed f) || f.permanent();
  }

  /**
   * What became of one instruction.
   *
   * @param idempotencyKey the instruction's key
   * @param status the outcome
   * @param attempts how many gateway calls were made
   * @param lastResult the last result the gateway gave, or {@code null} if every call threw
   * @param detail a human-readable account
   */
  public record Delivery(String idempotencyKey, Status status, int attempts, @Nullable PaymentResult lastResult,
      String detail) {
    /** The outcomes. */
    public enum Status {
      /** The money moved. */
      SENT,
      /** No final answer yet: retry later with the same key. */
      PENDING,
      /** Refused for good: visible until the host resolves it. */
      STUCK
    }
  }
}
