package org.atelier.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes every {@link Set} with its elements in natural order, because the iteration order
 * of {@code Set.of}/{@code Set.copyOf} changes from one JVM run to the next and Atelier's
 * output must be byte-identical across runs. Elements that are not mutually comparable
 * (mixed types) keep their iteration order.
 */
@SuppressWarnings("rawtypes")
public final class SortedSetSerializer extends StdSerializer<Set> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public SortedSetSerializer() {
    super(Set.class);
  }

  @Override
  public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    List<Object> elements = new ArrayList<>();
    for (Object element : value) {
      elements.add(element);
    }
    if (sortable(elements)) {
      elements.sort(null);
    }
    gen.writeStartArray(value, elements.size());
    for (Object element : elements) {
      provider.defaultSerializeValue(element, gen);
    }
    gen.writeEndArray();
  }

  private static boolean sortable(List<Object> elements) {
    if (elements.isEmpty()) {
      return false;
    }
    Class<?> type = elements.get(0) == null ? null : elements.get(0).getClass();
    if (type == null || !Comparable.class.isAssignableFrom(type)) {
      return false;
    }
    for (Object element : elements) {
      if (element == null || element.getClass() != type) {
        return false;
      }
    }
    return true;
  }
}
