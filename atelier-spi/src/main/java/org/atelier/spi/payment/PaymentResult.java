package org.atelier.spi.payment;

import java.util.Objects;

/**
 * What a gateway did with an instruction.
 *
 * @since 0.1
 */
public sealed interface PaymentResult {

  /**
   * The money moved.
   *
   * @param gatewayReference the gateway's own reference for the movement
   */
  record Succeeded(String gatewayReference) implements PaymentResult {
    /**
     * Checks the reference.
     *
     * @param gatewayReference the reference
     */
    public Succeeded {
      Objects.requireNonNull(gatewayReference, "gatewayReference");
    }
  }

  /**
   * The gateway accepted the instruction but has not settled it yet. Asking again with
   * the same key later tells the outcome.
   *
   * @param gatewayReference the gateway's own reference for the movement
   */
  record Pending(String gatewayReference) implements PaymentResult {
    /**
     * Checks the reference.
     *
     * @param gatewayReference the reference
     */
    public Pending {
      Objects.requireNonNull(gatewayReference, "gatewayReference");
    }
  }

  /**
   * The money did not move.
   *
   * @param permanent {@code false} for a transient failure that a retry with the same key
   *     may get past, {@code true} for a refusal that no retry will change
   * @param reason the gateway's explanation
   */
  record Failed(boolean permanent, String reason) implements PaymentResult {
    /**
     * Checks the reason.
     *
     * @param permanent whether retrying is pointless
     * @param reason the explanation
     */
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
