package org.atelier.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.TreeSet;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;

/**
 * The canonical JSON of Atelier and the conversion of Jackson's errors into
 * {@code VALIDATION} errors.
 *
 * <p>The canonical mapper ({@link #newMapper()}) is what Atelier itself uses for event
 * payloads, so the same value always gives the same bytes:
 *
 * <ul>
 *   <li><b>deterministic</b>: map entries are written sorted by key, and record
 *       components in declaration order;
 *   <li><b>strict</b>: unknown properties, a {@code null} or a missing value for a
 *       primitive, a float for an integer, a number for an enum, duplicate keys and
 *       trailing tokens after the document are all refused;
 *   <li><b>exact</b>: amounts are decimal strings (see {@link AtelierJacksonModule}).
 * </ul>
 *
 * @since 0.1
 */
public final class AtelierJson {
  private AtelierJson() {}

  /**
   * A new mapper with {@link AtelierJacksonModule} and Atelier's strict, deterministic
   * settings. Each call returns an independent mapper; a mapper is thread-safe once built.
   *
   * @return the mapper
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new AtelierJacksonModule())
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /**
   * Reads a JSON document as a value, turning every Jackson error into a
   * {@code VALIDATION} error that names the JSON path.
   *
   * @param <T> the value's type
   * @param mapper the mapper to read with, usually {@link #newMapper()}
   * @param json the document, UTF-8
   * @param type the value's type
   * @return the value
   * @throws AtelierException {@code VALIDATION} if the document is malformed or does not fit {@code type}
   */
  public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
    T value;
    try {
      value = mapper.readValue(json, type);
    } catch (IOException e) {
      throw validation(e, type.getSimpleName());
    }
    if (value == null) {
      throw AtelierException.validation("invalid " + type.getSimpleName() + " JSON at $: expected a value, got null");
    }
    return value;
  }

  /**
   * Reads a JSON tree as a value; see {@link #read(ObjectMapper, byte[], Class)}.
   *
   * @param <T> the value's type
   * @param mapper the mapper to read with
   * @param json the tree
   * @param type the value's type
   * @return the value
   * @throws AtelierException {@code VALIDATION} if the tree does not fit {@code type}
   */
  public static <T> T convert(ObjectMapper mapper, JsonNode json, Class<T> type) {
    try {
      T value = mapper.treeToValue(json, type);
      if (value == null) {
        throw AtelierException.validation("invalid " + type.getSimpleName() + " JSON at $: expected a value, got null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw validation(e, type.getSimpleName());
    }
  }

  /**
   * Writes a value as canonical JSON bytes.
   *
   * @param mapper the mapper to write with
   * @param value the value
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if Jackson cannot write the value (a programming error,
   *     such as a type whose package is not open to Jackson)
   */
  public static byte[] write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Converts a Jackson error into a {@code VALIDATION} error whose message names the JSON
   * path (such as {@code $.steps[3].budget.amount}), what was wrong and what would have
   * been accepted.
   *
   * @param error the error Jackson threw
   * @param what what was being read, such as {@code "scenario"}
   * @return the exception, to throw
   */
  public static AtelierException validation(IOException error, String what) {
    return new AtelierException(ErrorCode.VALIDATION,
        "invalid " + what + " JSON at " + path(error) + ": " + problem(error), error);
  }

  /**
   * The JSON path where Jackson found a problem, in the form {@code $.a.b[2].c}; {@code $}
   * for the document itself or when Jackson gave no path (then the line and column are
   * appended when known).
   *
   * @param error the error Jackson threw
   * @return the path
   */
  public static String path(IOException error) {
    StringBuilder path = new StringBuilder("$");
    if (error instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
    }
    if (path.length() == 1 && error instanceof JsonProcessingException processing) {
      JsonLocation location = processing.getLocation();
      if (location != null && location.getLineNr() > 0) {
        path.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr()).append(')');
      }
    }
    return path.toString();
  }

  private static String problem(IOException error) {
    if (error instanceof PropertyBindingException binding) {
      Collection<Object> known = binding.getKnownPropertyIds();
      TreeSet<String> accepted = new TreeSet<>();
      if (known != null) {
        known.forEach(id -> accepted.add(String.valueOf(id)));
      }
      return "unknown property \"" + binding.getPropertyName() + "\"; expected one of " + accepted;
    }
    if (error instanceof ValueInstantiationException && error.getCause() != null
        && error.getCause().getMessage() != null) {
      return error.getCause().getMessage();
    }
    if (error instanceof JsonProcessingException processing && processing.getOriginalMessage() != null) {
      return firstLine(processing.getOriginalMessage());
    }
    return String.valueOf(error.getMessage());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
