package org.atelier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.atelier.spi.directory.WorkerProfile;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.atelier.spi.payment.PaymentKind;
import org.atelier.spi.payment.PaymentResult;
import org.junit.jupiter.api.Test;

class AtelierJsonTest {
  private final ObjectMapper mapper = AtelierJson.newMapper();

  @Test
  void money_isWrittenAsADecimalStringNeverAFloat() {
    assertThat(json(Money.parse("1000.00", "USD"))).isEqualTo("{\"amount\":\"1000.00\",\"currency\":\"USD\"}");
    assertThat(json(Money.ofMinor(-5, "USD"))).isEqualTo("{\"amount\":\"-0.05\",\"currency\":\"USD\"}");
    assertThat(json(Money.ofMinor(7, "JPY"))).isEqualTo("{\"amount\":\"7\",\"currency\":\"JPY\"}");
  }

  @Test
  void money_asAJsonNumber_isRefusedNamingThePath() {
    String instruction = "{\"idempotencyKey\":\"k\",\"kind\":\"PAYOUT\",\"from\":\"a\",\"to\":\"b\","
        + "\"amount\":{\"amount\":1000.5,\"currency\":\"USD\"},\"task\":\"t\",\"memo\":\"m\"}";

    assertThatThrownBy(() -> read(instruction, PaymentInstruction.class))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
        .hasMessageContaining("$.amount.amount")
        .hasMessageContaining("expected a decimal string such as \"1000.00\"");
  }

  @Test
  void money_withTooManyDecimalsOrAnUnknownCurrency_isRefusedNamingThePath() {
    assertThatThrownBy(() -> read("{\"amount\":\"1.001\",\"currency\":\"USD\"}", Money.class))
        .hasMessageContaining("$.amount").hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> read("{\"amount\":\"1.00\",\"currency\":\"ZZZ\"}", Money.class))
        .hasMessageContaining("$.currency").hasMessageContaining("unknown currency");
    assertThatThrownBy(() -> read("{\"amount\":\"1.00\",\"currency\":\"USD\",\"cents\":100}", Money.class))
        .hasMessageContaining("$.cents").hasMessageContaining("unknown money field");
    assertThatThrownBy(() -> read("\"1.00 USD\"", Money.class)).hasMessageContaining("expected money as an object");
  }

  @Test
  void unknownProperties_areRefusedNamingThePathAndTheAcceptedOnes() {
    String notification = "{\"dedupeKey\":\"d\",\"recipient\":\"r\",\"kind\":\"K\",\"task\":\"t\","
        + "\"parameters\":{},\"at\":\"2026-03-02T09:00:00Z\",\"colour\":\"red\"}";

    assertThatThrownBy(() -> read(notification, Notification.class))
        .isInstanceOf(AtelierException.class)
        .hasMessageContaining("at $.colour")
        .hasMessageContaining("unknown property \"colour\"")
        .hasMessageContaining("dedupeKey");
  }

  @Test
  void malformedInstants_trailingTokens_duplicateKeysAndNullPrimitives_areRefused() {
    assertThatThrownBy(() -> read("\"yesterday\"", Instant.class))
        .hasMessageContaining("ISO-8601 instant such as \"2026-03-02T09:00:00Z\"");
    assertThatThrownBy(() -> read("1700000000", Instant.class)).hasMessageContaining("ISO-8601 instant");
    assertThatThrownBy(() -> read("\"PT6H\" \"PT1H\"", Duration.class)).hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> read("{\"succeeded\":true,\"status\":\"failed\",\"permanent\":true,\"permanent\":false,"
        + "\"reason\":\"x\"}", PaymentResult.class)).hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> read("{\"status\":\"failed\",\"permanent\":null,\"reason\":\"x\"}", PaymentResult.class))
        .hasMessageContaining("$.permanent");
    assertThatThrownBy(() -> read("{\"id\":\"w\",\"skills\":{},\"wantsToLearn\":[],\"rating\":2.5,"
        + "\"hoursPerWeek\":1.5,\"capacity\":1}", WorkerProfile.class)).hasMessageContaining("$.hoursPerWeek");
    assertThatThrownBy(() -> read("{\"broken\":", Money.class))
        .isInstanceOf(AtelierException.class).hasMessageContaining("line 1");
  }

  @Test
  void constructorChecks_becomeValidationErrorsNamingThePath() {
    String negative = "{\"idempotencyKey\":\"k\",\"kind\":\"PAYOUT\",\"from\":\"a\",\"to\":\"b\","
        + "\"amount\":{\"amount\":\"-1.00\",\"currency\":\"USD\"},\"task\":\"t\",\"memo\":\"m\"}";

    assertThatThrownBy(() -> read(negative, PaymentInstruction.class))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
        .hasMessageContaining("payment amount must be positive");
    assertThatThrownBy(() -> read("null", Money.class)).hasMessageContaining("expected a value, got null");
  }

  @Test
  void mapsAndSets_areWrittenSorted_soOutputIsTheSameInEveryRun() {
    WorkerProfile profile = new WorkerProfile("w1", Map.of("sql", 4, "java", 5, "css", 2),
        Set.of("rust", "go", "ada"), 4.5, 10, 2);

    assertThat(json(profile)).isEqualTo("{\"id\":\"w1\",\"skills\":{\"css\":2,\"java\":5,\"sql\":4},"
        + "\"wantsToLearn\":[\"ada\",\"go\",\"rust\"],\"rating\":4.5,\"hoursPerWeek\":10,\"capacity\":2}");
  }

  @Test
  void paymentResults_nameTheirCase() {
    assertThat(json(new PaymentResult.Failed(true, "closed")))
        .isEqualTo("{\"status\":\"failed\",\"permanent\":true,\"reason\":\"closed\"}");
    assertThat(read("{\"status\":\"pending\",\"gatewayReference\":\"p1\"}", PaymentResult.class))
        .isEqualTo(new PaymentResult.Pending("p1"));
    assertThatThrownBy(() -> read("{\"status\":\"lost\",\"gatewayReference\":\"p1\"}", PaymentResult.class))
        .isInstanceOf(AtelierException.class).hasMessageContaining("lost");
  }

  @Test
  void instantsAndDurations_areIsoStrings() {
    assertThat(json(Instant.parse("2026-03-02T09:00:00Z"))).isEqualTo("\"2026-03-02T09:00:00Z\"");
    assertThat(json(Duration.ofHours(6))).isEqualTo("\"PT6H\"");
    assertThat(read("\"PT72H\"", Duration.class)).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void theModule_worksOnAHostsOwnMapper() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(new AtelierJacksonModule());
    PaymentInstruction instruction = new PaymentInstruction("k", PaymentKind.REFUND, "escrow:t1", "req-1",
        Money.parse("12.34", "EUR"), "t1", "refund");

    assertThat(own.readValue(own.writeValueAsBytes(instruction), PaymentInstruction.class)).isEqualTo(instruction);
    assertThat(own.writeValueAsString(instruction)).contains("\"amount\":{\"amount\":\"12.34\",\"currency\":\"EUR\"}");
  }

  private String json(Object value) {
    return new String(AtelierJson.write(mapper, value), StandardCharsets.UTF_8);
  }

  private <T> T read(String json, Class<T> type) {
    return AtelierJson.read(mapper, json.getBytes(StandardCharsets.UTF_8), type);
  }
}
