package org.atelier.core.outbox;

/**
 * Where a payout instruction is in the outbox. The transitions are
 * {@code PENDING → SETTLED | AWAITING_SETTLEMENT | STUCK}, {@code AWAITING_SETTLEMENT →
 * SETTLED | PENDING | STUCK}, and, by the host, {@code STUCK → PENDING | RESOLVED}.
 *
 * @since 0.1
 */
public enum PayoutState {
  /** Not yet sent, or sent and failed transiently: a dispatch pass will (re)send it when due. */
  PENDING,
  /** The gateway accepted it but has not settled it; dispatch passes ask it for the outcome. */
  AWAITING_SETTLEMENT,
  /** The money moved. Final. */
  SETTLED,
  /** It failed permanently or ran out of retries; the host must retry it or mark it resolved. */
  STUCK,
  /** The host marked a stuck payout as dealt with outside Atelier. Final. */
  RESOLVED
}
