package org.atelier.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.atelier.spi.store.ExpectedVersion;

/** {@link ExpectedVersion} as {@code "noStream"}, {@code "any"} or a whole number of events. */
public final class ExpectedVersionJson {
  private static final String EXPECTED = "expected \"noStream\", \"any\" or a version number >= 0";

  private ExpectedVersionJson() {}

  /** Writes an expectation. */
  public static final class Serializer extends StdSerializer<ExpectedVersion> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Serializer() {
      super(ExpectedVersion.class);
    }

    @Override
    public void serialize(ExpectedVersion value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value instanceof ExpectedVersion.Exactly exactly) {
        gen.writeNumber(exactly.version());
      } else if (value instanceof ExpectedVersion.NoStream) {
        gen.writeString("noStream");
      } else {
        gen.writeString("any");
      }
    }
  }

  /** Reads an expectation. */
  public static final class Deserializer extends StdDeserializer<ExpectedVersion> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deserializer() {
      super(ExpectedVersion.class);
    }

    @Override
    public ExpectedVersion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
          && p.getLongValue() >= 0) {
        return ExpectedVersion.exactly(p.getLongValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        switch (p.getText()) {
          case "noStream":
            return ExpectedVersion.noStream();
          case "any":
            return ExpectedVersion.any();
          default:
            return (ExpectedVersion) ctxt.handleWeirdStringValue(ExpectedVersion.class, p.getText(), EXPECTED);
        }
      }
      return (ExpectedVersion) ctxt.handleUnexpectedToken(ExpectedVersion.class, token, p, EXPECTED);
    }
  }
}
