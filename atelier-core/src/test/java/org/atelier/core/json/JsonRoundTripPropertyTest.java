package org.atelier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonRoundTripPropertyTest {
  private final ObjectMapper mapper = AtelierJson.newMapper();

  @Test
  void everyPublicValueAndEvent_survivesACanonicalJsonRoundTrip() {
    qt().withExamples(400)
        .forAll(longs().all(), integers().between(0, RandomValues.KINDS.size() - 1))
        .checkAssert((seed, index) -> {
          RandomValues.Kind kind = RandomValues.KINDS.get(index);
          Object value = kind.generate().apply(new Random(seed));
          byte[] json = AtelierJson.write(mapper, value);

          Object back = AtelierJson.read(mapper, json, kind.readAs());

          assertThat(back).as("%s from seed %d: %s", kind.name(), seed, new String(json, java.nio.charset.StandardCharsets.UTF_8))
              .isEqualTo(value);
          assertThat(AtelierJson.write(mapper, back)).as("canonical bytes of %s", kind.name()).isEqualTo(json);
        });
  }

  @Test
  void everyKind_isExercised() {
    for (RandomValues.Kind kind : RandomValues.KINDS) {
      Object value = kind.generate().apply(new Random(42));
      assertThat(AtelierJson.read(mapper, AtelierJson.write(mapper, value), kind.readAs())).isEqualTo(value);
    }
  }
}
