package org.atelier.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.junit.jupiter.api.Test;

class JacksonEventCodecTest {
  private final EventCodec<Counter.Event> codec = Counter.CODEC;

  @Test
  void encode_namesTypeAndCurrentVersion_andDecodeReadsItBack() {
    Counter.Event event = new Counter.BonusPaid("bob", 250);

    byte[] payload = codec.encode(event);

    assertThat(codec.typeName(event)).isEqualTo("BonusPaid");
    assertThat(codec.schemaVersion(event)).isEqualTo(1);
    assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo("{\"to\":\"bob\",\"cents\":250}");
    assertThat(codec.decode("BonusPaid", 1, payload)).isEqualTo(event);
  }

  @Test
  void decode_upcastsAnOlderSchemaVersion() {
    byte[] v1 = "{\"amount\":3}".getBytes(StandardCharsets.UTF_8);

    assertThat(codec.decode("Incremented", 1, v1)).isEqualTo(new Counter.Incremented(3));
  }

  @Test
  void decode_refusesUnknownTypesNewerVersionsAndBadPayloads_withValidationErrors() {
    assertValidation(() -> codec.decode("Decremented", 1, bytes("{}")), "unknown event type \"Decremented\"",
        "[BonusPaid, Incremented]");
    assertValidation(() -> codec.decode("Incremented", 3, bytes("{\"by\":1}")), "schema version 3",
        "versions 1 to 2");
    assertValidation(() -> codec.decode("Incremented", 2, bytes("{\"by\":\"many\"}")), "at $.by");
    assertValidation(() -> codec.decode("Incremented", 2, bytes("{\"by\":1,\"extra\":true}")), "$.extra");
    assertValidation(() -> codec.decode("Incremented", 2, bytes("[1]")), "expected an object");
    assertValidation(() -> codec.decode("Incremented", 2, bytes("{\"by\":1} {}")), "Trailing token");
  }

  @Test
  void decode_withoutAnUpcasterForAnOldVersion_saysWhichStepIsMissing() {
    EventCodec<Counter.Event> noSteps = JacksonEventCodec.builder(Counter.Event.class)
        .register("Incremented", Counter.Incremented.class, 3)
        .upcaster("Incremented", 2, json -> json)
        .build();

    assertValidation(() -> noSteps.decode("Incremented", 1, bytes("{\"by\":1}")), "no upcaster from v1 to v2");
  }

  @Test
  void builder_refusesBadRegistrationsAtOnce() {
    JacksonEventCodec.Builder<Counter.Event> builder = JacksonEventCodec.builder(Counter.Event.class)
        .register("Incremented", Counter.Incremented.class, 1);

    assertThatThrownBy(() -> builder.register("Incremented", Counter.BonusPaid.class, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered already");
    assertThatThrownBy(() -> builder.register("Again", Counter.Incremented.class, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered already");
    assertThatThrownBy(() -> builder.register("atelier.mine", Counter.BonusPaid.class, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
    assertThatThrownBy(() -> builder.register("BonusPaid", Counter.BonusPaid.class, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 1");
    assertThatThrownBy(() -> builder.upcaster("Incremented", 1, json -> json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a version from 1 to 0");
    assertThatThrownBy(() -> builder.upcaster("Nope", 1, json -> json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unregistered");
  }

  @Test
  void typeName_ofAnUnregisteredClass_isRefused() {
    EventCodec<Counter.Event> partial = JacksonEventCodec.builder(Counter.Event.class)
        .register("Incremented", Counter.Incremented.class, 1).build();

    assertThatThrownBy(() -> partial.typeName(new Counter.BonusPaid("a", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertValidation(Runnable action, String... fragments) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(AtelierException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
          for (String fragment : fragments) {
            assertThat(e.getMessage()).contains(fragment);
          }
        });
  }
}
