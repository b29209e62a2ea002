/**
 * Payments: exact allocation by largest remainder, split policies, the escrow of a
 * micro-internship, an append-only double-entry ledger, payout keys and reconciliation
 * against the host's {@link org.atelier.spi.payment.PaymentGateway}.
 *
 * <p>Everything here is a pure, immutable value: no I/O, no clock, no floating point.
 * Amounts are {@link org.atelier.spi.Money} (whole minor units). Every split of an
 * amount sums to the amount exactly, every {@link org.atelier.core.payment.LedgerTransaction}
 * sums to zero, and an {@code Escrow} never goes negative nor
 * releases more than was funded. Refusals are {@link org.atelier.core.AtelierException}s
 * and change nothing. See {@code docs/payments.md} for worked examples.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.payment;

import org.jspecify.annotations.NullMarked;
