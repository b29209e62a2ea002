package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.internal.KeyComponent;

/**
 * The deterministic idempotency key of one movement of money, derived from the task, the
 * milestone, the party and the purpose: {@code TASK/MILESTONE/PARTY/PURPOSE}, such as
 * {@code t1/m1/int-1/intern-share}. Movements that concern the whole escrow (funding it at
 * once, the refund on cancellation, a settlement) use {@link #WHOLE_ESCROW} ({@code *}) as
 * the milestone.
 *
 * <p>The same movement always gets the same key, so a retry of it, even after a crash and a
 * replay of the events, never pays twice; two different movements never share a key. To keep
 * keys unambiguous whatever the ids contain, {@code %}, {@code /} and {@code *} inside a
 * component are percent-encoded ({@code %25}, {@code %2F}, {@code %2A}).
 *
 * @param task the task's id
 * @param milestone the milestone's id, or {@link #WHOLE_ESCROW}
 * @param party the party paid or paying (the requester for funding and refunds)
 * @param purpose why the money moves
 * @since 0.1
 */
public record PayoutKey(String task, String milestone, String party, PayoutPurpose purpose) {
  /** The milestone part of keys that concern the whole escrow. */
  public static final String WHOLE_ESCROW = "*";

  /**
   * Checks the parts.
   *
   * @param task the task
   * @param milestone the milestone or {@link #WHOLE_ESCROW}
   * @param party the party
   * @param purpose the purpose
   * @throws AtelierException {@code VALIDATION} if a part is blank
   */
  public PayoutKey {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(purpose, "purpose");
    if (task.isBlank() || milestone.isBlank() || party.isBlank()) {
      throw AtelierException.validation("payout key parts must not be blank; got task \"" + task + "\", milestone \""
          + milestone + "\", party \"" + party + "\"");
    }
  }

  /**
   * The key's string form, for {@link org.atelier.spi.payment.PaymentInstruction#idempotencyKey()}.
   *
   * @return such as {@code t1/m1/int-1/intern-share}
   */
  public String value() {
    return KeyComponent.encode(task) + "/" + KeyComponent.milestone(milestone) + "/" + KeyComponent.encode(party)
        + "/" + purpose.label();
  }

  /**
   * The key's string form.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value();
  }
}
