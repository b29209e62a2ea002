package org.atelier.spi.payment;

import java.util.Optional;

/**
 * Moves real money between parties: funds escrow, pays out and refunds. A host
 * implements it over its payment provider.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Idempotency.</b> Every instruction carries an idempotency key. The same key
 *       with an equal instruction has at most one effect and returns the first result
 *       that was final ({@link PaymentResult.Succeeded} or a permanent
 *       {@link PaymentResult.Failed}); after a transient failure or while pending, a retry
 *       may move on. This holds for concurrent calls too.
 *   <li><b>Conflicts.</b> The same key with a different instruction is refused with
 *       {@link IdempotencyConflictException}, and nothing moves.
 *   <li><b>Retries.</b> Atelier retries transient failures and exceptions with the same
 *       key, with backoff, and asks {@link #lookup} to settle pending results.
 *   <li><b>Thread safety.</b> Both methods may be called from several threads at once.
 * </ul>
 *
 * <p>Plugin authors prove an implementation with {@code org.atelier.spi.testing.PaymentGatewayContract}.
 *
 * @since 0.1
 */
public interface PaymentGateway {

  /**
   * Executes an instruction, or returns the result of the earlier execution of the same
   * instruction under the same key.
   *
   * @param instruction what to move
   * @return the result
   * @throws IdempotencyConflictException if the key is bound to a different instruction
   * @throws RuntimeException any other exception is treated by Atelier as a transient failure
   */
  PaymentResult execute(PaymentInstruction instruction);

  /**
   * The current result for a key, for settling pending payments and reconciliation.
   *
   * @param idempotencyKey the key
   * @return the latest result for the key, or empty if the gateway never saw it
   */
  Optional<PaymentResult> lookup(String idempotencyKey);
}
