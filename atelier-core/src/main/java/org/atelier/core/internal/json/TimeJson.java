package org.atelier.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * {@link Instant} and {@link Duration} as ISO-8601 strings ({@code "2026-03-02T09:00:00Z"},
 * {@code "PT6H"}). Small hand-written codecs rather than jackson-datatype-jsr310: Atelier
 * needs exactly these two types in exactly one format, and strings only (no epoch numbers).
 */
public final class TimeJson {
  private TimeJson() {}

  /**
   * Writes a value with its {@code toString()}, which for both types is ISO-8601.
   *
   * @param <T> the type
   */
  public static final class IsoSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     *
     * @param type the type
     */
    public IsoSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /**
   * Reads an ISO-8601 string and nothing else.
   *
   * @param <T> the type
   */
  public static final class IsoDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final String example;

    private IsoDeserializer(Class<T> type, Function<String, T> parse, String example) {
      super(type);
      this.parse = parse;
      this.example = example;
    }

    /**
     * Instants such as {@code 2026-03-02T09:00:00Z}.
     *
     * @return the deserializer
     */
    public static IsoDeserializer<Instant> instants() {
      return new IsoDeserializer<>(Instant.class, Instant::parse, "an ISO-8601 instant such as \"2026-03-02T09:00:00Z\"");
    }

    /**
     * Durations such as {@code PT6H}.
     *
     * @return the deserializer
     */
    public static IsoDeserializer<Duration> durations() {
      return new IsoDeserializer<>(Duration.class, Duration::parse, "an ISO-8601 duration such as \"PT6H\"");
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p.currentToken(), p, "expected " + example);
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        return (T) ctxt.handleWeirdStringValue(handledType(), text, "expected " + example);
      }
    }
  }
}
