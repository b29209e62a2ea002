package org.atelier.core.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.atelier.core.internal.engine.AggregateType;
import org.atelier.core.internal.engine.EventCodec;
import org.atelier.core.internal.engine.JacksonEventCodec;
import org.atelier.core.internal.engine.OutboxMessage;
import org.atelier.core.workflow.internal.InternshipEvent.LedgerPosted;
import org.atelier.core.workflow.internal.InternshipEvent.NotificationQueued;
import org.atelier.spi.payment.PaymentInstruction;

/**
 * The internship as the engine sees it: one stream per task, {@code internship-TASK}, folded
 * by {@link Fold}, encoded by a Jackson codec that names each event by its record's simple
 * name. Payment instructions and notifications leave through the outbox.
 */
public final class InternshipAggregate implements AggregateType<InternshipState, InternshipEvent> {
  /** The prefix of every internship stream. */
  public static final String STREAM_PREFIX = "internship-";

  private static final EventCodec<InternshipEvent> CODEC = newCodec();

  /** The one instance: the aggregate type has no state of its own. */
  public static final InternshipAggregate INSTANCE = new InternshipAggregate();

  private InternshipAggregate() {}

  @Override
  public String streamId(String aggregateId) {
    return STREAM_PREFIX + aggregateId;
  }

  @Override
  public InternshipState initial(String aggregateId) {
    return new InternshipState(aggregateId);
  }

  @Override
  public InternshipState evolve(InternshipState state, InternshipEvent event) {
    return Fold.evolve(state, event);
  }

  @Override
  public EventCodec<InternshipEvent> codec() {
    return CODEC;
  }

  @Override
  public List<OutboxMessage> outbox(InternshipEvent event) {
    if (event instanceof LedgerPosted posted) {
      List<OutboxMessage> payouts = new ArrayList<>();
      for (PaymentInstruction instruction : posted.instructions()) {
        payouts.add(new OutboxMessage.Payout(instruction));
      }
      return payouts;
    }
    if (event instanceof NotificationQueued queued) {
      return List.of(new OutboxMessage.Notify(queued.notification()));
    }
    return List.of();
  }

  /** The stable type name of an event class: its simple name, such as {@code MilestoneApproved}. */
  public static String typeName(Class<? extends InternshipEvent> type) {
    return type.getSimpleName();
  }

  private static EventCodec<InternshipEvent> newCodec() {
    JacksonEventCodec.Builder<InternshipEvent> builder = JacksonEventCodec.builder(InternshipEvent.class);
    for (Class<? extends InternshipEvent> type : InternshipEvent.TYPES) {
      builder.register(typeName(type), type, InternshipEvent.SCHEMA_VERSION);
    }
    return new RememberingCodec<>(builder.build(), 50_000);
  }
}
