package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;

/**
 * One difference that {@link Reconciliation} found between what Atelier expects to have
 * moved and what the gateway reports.
 *
 * @param kind what kind of difference
 * @param subject the idempotency key, or the account for {@link Kind#LEDGER_MISMATCH}
 * @param expected the instruction Atelier expected, if any
 * @param actual the instruction the gateway reports, if any
 * @param detail a human-readable account of the difference
 * @since 0.1
 */
public record Discrepancy(Kind kind, String subject, @Nullable PaymentInstruction expected,
    @Nullable PaymentInstruction actual, String detail) {
  /**
   * Checks the parts.
   *
   * @param kind the kind
   * @param subject the key or account
   * @param expected the expected instruction or {@code null}
   * @param actual the reported instruction or {@code null}
   * @param detail the description
   */
  public Discrepancy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of difference. */
  public enum Kind {
    /** The gateway never saw an expected instruction: it was lost before sending. */
    MISSING,
    /** The gateway accepted it but has not settled it yet. */
    PENDING,
    /** The gateway's last answer was a transient failure: a retry with the same key may get through. */
    RETRYING,
    /** The gateway refused it permanently: a stuck payout the host must resolve. */
    FAILED,
    /** The gateway moved money under an expected key, but a different amount or different parties. */
    AMOUNT_MISMATCH,
    /** The gateway moved money under a key that nobody expected. */
    UNEXPECTED,
    /** The gateway reports more than one movement under one key: paid twice. */
    DUPLICATE_EFFECT,
    /** The ledger's balance of an account differs from the net of the expected instructions. */
    LEDGER_MISMATCH
  }
}
