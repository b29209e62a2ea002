package org.atelier.core.outbox;

/**
 * What one dispatch pass did.
 *
 * @param settled payouts the gateway settled in this pass
 * @param awaitingSettlement payouts the gateway accepted but has not settled yet
 * @param delivered notifications delivered in this pass
 * @param retryScheduled messages that failed transiently and will be tried again
 * @param stuck payouts that became stuck in this pass
 * @param failed notifications given up in this pass
 * @param notDue messages skipped because their retry is not due yet by the clock
 * @param remaining messages still in flight after the pass (pending or awaiting settlement)
 * @since 0.1
 */
public record DispatchReport(
    int settled, int awaitingSettlement, int delivered, int retryScheduled, int stuck, int failed, int notDue,
    int remaining) {
  /**
   * Whether the pass left nothing in flight.
   *
   * @return {@code true} when {@code remaining == 0}
   */
  public boolean idle() {
    return remaining == 0;
  }
}
