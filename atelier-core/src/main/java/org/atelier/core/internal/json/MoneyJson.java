package org.atelier.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.atelier.spi.Money;

/**
 * {@link Money} as {@code {"amount":"1000.00","currency":"USD"}}: the amount is a decimal
 * string with exactly the currency's minor-unit digits, never a JSON number, so no reader
 * can turn it into a float.
 */
public final class MoneyJson {
  private static final Set<String> FIELDS = Set.of("amount", "currency");

  private MoneyJson() {}

  /** Writes money as an amount string and a currency code. */
  public static final class Serializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Serializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.toDecimalString());
      gen.writeStringField("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  /** Reads money strictly: both fields, strings only, no other field. */
  public static final class Deserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (!(node instanceof ObjectNode object)) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p.currentToken(), p,
            "expected money as an object such as {\"amount\":\"1000.00\",\"currency\":\"USD\"}");
      }
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw JsonMappingException.wrapWithPath(
              ctxt.weirdKeyException(Money.class, name, "unknown money field; expected \"amount\" and \"currency\""),
              Money.class, name);
        }
      }
      String currency = text(object, "currency", "an ISO-4217 code such as \"USD\"", ctxt);
      String amount = text(object, "amount", "a decimal string such as \"1000.00\"", ctxt);
      try {
        Money.currency(currency);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            ctxt.weirdStringException(currency, Money.class, e.getMessage()), Money.class, "currency");
      }
      try {
        return Money.parse(amount, currency);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            ctxt.weirdStringException(amount, Money.class, e.getMessage()), Money.class, "amount");
      }
    }

    private static String text(ObjectNode object, String field, String expected, DeserializationContext ctxt)
        throws JsonMappingException {
      JsonNode value = object.get(field);
      if (value == null || !value.isTextual()) {
        String got = value == null ? "nothing" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(ctxt, "expected " + expected + ", got " + got), Money.class, field);
      }
      return value.textValue();
    }
  }
}
