/**
 * Payments: the {@link org.atelier.spi.payment.PaymentGateway} that moves real money between parties, with an idempotency key on every instruction.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.spi.payment;

import org.jspecify.annotations.NullMarked;
