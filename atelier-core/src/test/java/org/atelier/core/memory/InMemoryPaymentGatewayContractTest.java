package org.atelier.core.memory;

import org.atelier.spi.payment.PaymentGateway;
import org.atelier.spi.testing.PaymentGatewayContract;

class InMemoryPaymentGatewayContractTest extends PaymentGatewayContract {
  @Override
  protected PaymentGateway newGateway() {
    return new InMemoryPaymentGateway();
  }

  @Override
  protected long effectCount(PaymentGateway gateway, String idempotencyKey) {
    return ((InMemoryPaymentGateway) gateway).effectCount(idempotencyKey);
  }
}
