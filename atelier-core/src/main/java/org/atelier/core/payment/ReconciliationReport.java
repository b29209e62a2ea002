package org.atelier.core.payment;

import java.util.List;

/**
 * The result of a {@link Reconciliation}: every difference found, in a deterministic order
 * (expected instructions in their order, then the gateway's unexpected movements in its
 * order, then ledger mismatches by account), and how many instructions matched.
 *
 * @param discrepancies every difference; empty when the books agree
 * @param matched how many expected instructions the gateway settled exactly as expected
 * @since 0.1
 */
public record ReconciliationReport(List<Discrepancy> discrepancies, int matched) {
  /**
   * Copies the list.
   *
   * @param discrepancies the differences
   * @param matched the matched count
   */
  public ReconciliationReport {
    discrepancies = List.copyOf(discrepancies);
  }

  /**
   * Whether the ledger, the expected instructions and the gateway agree completely.
   *
   * @return {@code true} when there is no discrepancy
   */
  public boolean isClean() {
    return discrepancies.isEmpty();
  }

  /**
   * The differences of one kind.
   *
   * @param kind the kind
   * @return those differences, in report order
   */
  public List<Discrepancy> of(Discrepancy.Kind kind) {
    return discrepancies.stream().filter(d -> d.kind() == kind).toList();
  }
}
