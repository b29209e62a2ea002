package org.atelier.core.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.atelier.core.AtelierException;
import org.atelier.spi.Money;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;

/** A toy aggregate for the engine's tests: a counter that can be incremented and can pay a bonus. */
public final class Counter implements AggregateType<Counter.State, Counter.Event> {
  public static final Counter TYPE = new Counter();

  static final EventCodec<Event> CODEC = JacksonEventCodec.builder(Event.class)
      .register("Incremented", Incremented.class, 2)
      .upcaster("Incremented", 1, json -> json.put("by", json.remove("amount").asLong()))
      .register("BonusPaid", BonusPaid.class, 1)
      .build();

  public record State(String id, long value) {}

  public sealed interface Event permits Incremented, BonusPaid {}

  public record Incremented(long by) implements Event {}

  public record BonusPaid(String to, long cents) implements Event {}

  @Override
  public String streamId(String aggregateId) {
    return "counter-" + aggregateId;
  }

  @Override
  public State initial(String aggregateId) {
    return new State(aggregateId, 0);
  }

  @Override
  public State evolve(State state, Event event) {
    return event instanceof Incremented inc ? new State(state.id(), state.value() + inc.by()) : state;
  }

  @Override
  public EventCodec<Event> codec() {
    return CODEC;
  }

  @Override
  public List<OutboxMessage> outbox(Event event) {
    if (event instanceof BonusPaid bonus) {
      return List.of(
          new OutboxMessage.Payout(new PaymentInstruction("bonus-" + bonus.to(), PaymentKind.PAYOUT, "escrow:c",
              bonus.to(), Money.ofMinor(bonus.cents(), "USD"), "c", "bonus")),
          new OutboxMessage.Notify(new Notification("bonus-note-" + bonus.to(), bonus.to(), "BONUS_PAID", "c",
              Map.of("cents", Long.toString(bonus.cents())), Instant.EPOCH)));
    }
    return List.of();
  }

  public static Decision<State, Event> increment(long by) {
    return state -> List.of(new Incremented(by));
  }

  public static Decision<State, Event> refuseAbove(long limit) {
    return state -> {
      if (state.value() >= limit) {
        throw AtelierException.illegalTransition("counter " + state.id() + " is at " + state.value()
            + "; increments are accepted below " + limit);
      }
      return List.of(new Incremented(1));
    };
  }
}
