package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.atelier.core.json.AtelierJson;
import org.junit.jupiter.api.Test;

/** The payment values that events carry survive a JSON round trip with Atelier's mapper. */
class PaymentJsonTest {
  private final ObjectMapper mapper = AtelierJson.newMapper();

  @Test
  void ledgerTransactionsAndPoliciesRoundTripThroughAtelierJson() {
    EscrowOutcome release = EscrowTest.scenario().fund(EscrowTest.T0).escrow()
        .release("m1", SplitContext.none(), EscrowTest.T0);
    LedgerTransaction tx = release.transactions().get(0);
    byte[] json = AtelierJson.write(mapper, tx);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"escrow:t1\"").contains("\"-300.00\"");
    assertThat(AtelierJson.read(mapper, json, LedgerTransaction.class)).isEqualTo(tx);
    FixedSplit policy = new FixedSplit(10, 20);
    assertThat(AtelierJson.read(mapper, AtelierJson.write(mapper, policy), FixedSplit.class)).isEqualTo(policy);
    SplitContext context = SplitContext.none().withRevisions(2).withOnTime(true);
    assertThat(AtelierJson.read(mapper, AtelierJson.write(mapper, context), SplitContext.class)).isEqualTo(context);
  }
}
