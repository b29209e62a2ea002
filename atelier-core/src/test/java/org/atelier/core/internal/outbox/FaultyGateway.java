package org.atelier.core.internal.outbox;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.core.memory.InMemoryPaymentGateway;
import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentResult;

/**
 * A gateway that misbehaves on a script, per idempotency key, in front of an honest
 * in-memory gateway that records what really moved.
 */
final class FaultyGateway implements PaymentGateway {
  enum Fault {
    /** Behave. */
    OK,
    /** Answer a transient failure; nothing moves. */
    TRANSIENT,
    /** Answer a permanent failure; nothing moves. */
    PERMANENT,
    /** Time out before anything moves. */
    TIMEOUT,
    /** Move the money, then lose the answer (time out). */
    LOST_ANSWER,
    /** Accept and answer pending; the money moves when the test settles it. */
    PENDING
  }

  final InMemoryPaymentGateway real = new InMemoryPaymentGateway();
  private final Map<String, Deque<Fault>> script = new HashMap<>();
  private final Map<String, PaymentInstruction> held = new HashMap<>();
  private int executeCalls;

  synchronized FaultyGateway script(String key, Fault... faults) {
    script.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(faults));
    return this;
  }

  synchronized void settle(String key) {
    PaymentInstruction instruction = held.remove(key);
    if (instruction == null) {
      throw new IllegalStateException("nothing held under " + key);
    }
    real.execute(instruction);
  }

  synchronized int executeCalls() {
    return executeCalls;
  }

  @Override
  public synchronized PaymentResult execute(PaymentInstruction instruction) {
    executeCalls++;
    String key = instruction.idempotencyKey();
    Fault fault = Optional.ofNullable(script.get(key)).map(Deque::poll).orElse(Fault.OK);
    switch (fault) {
      case TRANSIENT:
        return new PaymentResult.Failed(false, "gateway busy");
      case PERMANENT:
        return new PaymentResult.Failed(true, "account " + instruction.to() + " is closed");
      case TIMEOUT:
        throw new UncheckedIOException(new SocketTimeoutException("read timed out"));
      case LOST_ANSWER:
        real.execute(instruction);
        throw new UncheckedIOException(new SocketTimeoutException("read timed out after the transfer"));
      case PENDING:
        if (real.lookup(key).isEmpty()) {
          held.put(key, instruction);
        }
        return new PaymentResult.Pending("pending-" + key);
      default:
        return real.execute(instruction);
    }
  }

  @Override
  public synchronized Optional<PaymentResult> lookup(String idempotencyKey) {
    if (held.containsKey(idempotencyKey)) {
      return Optional.of(new PaymentResult.Pending("pending-" + idempotencyKey));
    }
    return real.lookup(idempotencyKey);
  }
}
