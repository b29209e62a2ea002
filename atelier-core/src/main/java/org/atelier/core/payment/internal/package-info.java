/**
 * Implementation of payments that is not API. Not exported.
 *
 * <p>The money rules that both the payment model ({@code Escrow}) and the workflow's escrow
 * bookkeeping follow live here once: {@link org.atelier.core.payment.internal.Disbursement}
 * (postings and their mirrored, keyed instructions, balanced by construction),
 * {@link org.atelier.core.payment.internal.EscrowPayout} (who receives what in a payout out of
 * escrow), {@link org.atelier.core.payment.internal.SettlementShares} (a dispute's division by
 * largest remainder) and {@link org.atelier.core.payment.internal.KeyComponent} (how ids enter
 * keys and transaction ids). Behind the public {@code Escrow} are its state and transitions
 * ({@link org.atelier.core.payment.internal.EscrowState}) and their parts: milestones, workers
 * and totals. Also here: the retrying payout sender and exact arithmetic checks.
 */
@NullMarked
package org.atelier.core.payment.internal;

import org.jspecify.annotations.NullMarked;
