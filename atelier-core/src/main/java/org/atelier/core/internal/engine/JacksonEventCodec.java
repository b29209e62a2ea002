package org.atelier.core.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.atelier.core.AtelierException;
import org.atelier.core.json.AtelierJson;

/**
 * An {@link EventCodec} over Jackson: each event class is registered under a stable type
 * name with its current schema version, and payloads written with an older version are
 * upcast step by step ({@code v → v+1}) on the JSON tree before they are bound.
 *
 * <p>Payloads are canonical JSON from {@link AtelierJson#newMapper()} unless another mapper
 * is given. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * JacksonEventCodec<InternshipEvent> codec = JacksonEventCodec.builder(InternshipEvent.class)
 *     .register("TaskPosted", TaskPosted.class, 2)
 *     .upcaster("TaskPosted", 1, json -> json.put("skills", json.objectNode()))
 *     .build();
 * }</pre>
 *
 * @param <E> the events
 */
public final class JacksonEventCodec<E> implements EventCodec<E> {
  private final ObjectMapper mapper;
  private final Map<String, Registration> byName;
  private final Map<Class<?>, Registration> byClass;

  private JacksonEventCodec(Builder<E> builder) {
    this.mapper = builder.mapper;
    this.byName = new TreeMap<>();
    this.byClass = new HashMap<>();
    builder.byName.values().forEach(r -> {
      Registration copy = r.copy();
      byName.put(copy.name, copy);
      byClass.put(copy.type, copy);
    });
  }

  /**
   * Starts a codec for one family of events.
   *
   * @param <E> the events
   * @param eventType their common supertype
   * @return the builder
   */
  public static <E> Builder<E> builder(Class<E> eventType) {
    return new Builder<>(eventType);
  }

  @Override
  public String typeName(E event) {
    return registration(event).name;
  }

  @Override
  public int schemaVersion(E event) {
    return registration(event).currentVersion;
  }

  @Override
  public byte[] encode(E event) {
    registration(event);
    return AtelierJson.write(mapper, event);
  }

  @Override
  public E decode(String typeName, int schemaVersion, byte[] payload) {
    Registration registration = byName.get(typeName);
    if (registration == null) {
      throw AtelierException.validation("unknown event type \"" + typeName + "\"; expected one of " + byName.keySet());
    }
    if (schemaVersion < 1 || schemaVersion > registration.currentVersion) {
      throw AtelierException.validation("event " + typeName + " has schema version " + schemaVersion
          + "; this codec reads versions 1 to " + registration.currentVersion);
    }
    String what = "event " + typeName + " v" + schemaVersion;
    JsonNode tree;
    try {
      tree = mapper.readTree(payload);
    } catch (IOException e) {
      throw AtelierJson.validation(e, what);
    }
    if (!(tree instanceof ObjectNode json)) {
      throw AtelierException.validation("invalid " + what + " JSON at $: expected an object");
    }
    for (int version = schemaVersion; version < registration.currentVersion; version++) {
      UnaryOperator<ObjectNode> upcaster = registration.upcasters.get(version);
      if (upcaster == null) {
        throw AtelierException.validation("event " + typeName + " v" + version + " cannot be read: no upcaster from v"
            + version + " to v" + (version + 1) + " is registered");
      }
      json = Objects.requireNonNull(upcaster.apply(json.deepCopy()), "an upcaster returned null");
    }
    @SuppressWarnings("unchecked") // the builder checked that every registered class is an E
    E event = (E) AtelierJson.convert(mapper, json, registration.type);
    return event;
  }

  private Registration registration(E event) {
    Registration registration = byClass.get(event.getClass());
    if (registration == null) {
      throw new IllegalArgumentException("event class " + event.getClass().getName()
          + " is not registered with this codec; registered: " + byName.keySet());
    }
    return registration;
  }

  /** One registered event class. */
  private static final class Registration {
    final String name;
    final Class<?> type;
    final int currentVersion;
    final Map<Integer, UnaryOperator<ObjectNode>> upcasters = new HashMap<>();

    Registration(String name, Class<?> type, int currentVersion) {
      this.name = name;
      this.type = type;
      this.currentVersion = currentVersion;
    }

    /** A copy, so that a builder used again does not change a codec it built. */
    Registration copy() {
      Registration copy = new Registration(name, type, currentVersion);
      copy.upcasters.putAll(upcasters);
      return copy;
    }
  }

  /**
   * Collects registrations and upcasters; every setter checks its argument at once.
   *
   * @param <E> the events
   */
  public static final class Builder<E> {
    private final Class<E> eventType;
    private final Map<String, Registration> byName = new TreeMap<>();
    private ObjectMapper mapper = AtelierJson.newMapper();

    private Builder(Class<E> eventType) {
      this.eventType = Objects.requireNonNull(eventType, "eventType");
    }

    /**
     * Uses another mapper than {@link AtelierJson#newMapper()}.
     *
     * @param mapper the mapper; it must have {@code AtelierJacksonModule}
     * @return this builder
     */
    public Builder<E> mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Registers an event class.
     *
     * @param typeName the stable stored name
     * @param type the class; its package must be open to Jackson
     * @param currentSchemaVersion the version this code writes, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or reserved, the class is not an
     *     {@code E}, the name or the class is registered already, or the version is below 1
     */
    public Builder<E> register(String typeName, Class<? extends E> type, int currentSchemaVersion) {
      Objects.requireNonNull(typeName, "typeName");
      Objects.requireNonNull(type, "type");
      if (typeName.isBlank() || OutboxEvents.isReserved(typeName)) {
        throw new IllegalArgumentException("event type name \"" + typeName
            + "\" is blank or reserved; expected a name such as MilestoneApproved, not starting with "
            + OutboxEvents.RESERVED_PREFIX);
      }
      if (!eventType.isAssignableFrom(type)) {
        throw new IllegalArgumentException(type.getName() + " is not a " + eventType.getName());
      }
      if (currentSchemaVersion < 1) {
        throw new IllegalArgumentException("schema version of " + typeName + " must be >= 1, got " + currentSchemaVersion);
      }
      if (byName.containsKey(typeName)) {
        throw new IllegalArgumentException("event type name " + typeName + " is registered already");
      }
      if (byName.values().stream().anyMatch(r -> r.type.equals(type))) {
        throw new IllegalArgumentException("event class " + type.getName() + " is registered already");
      }
      byName.put(typeName, new Registration(typeName, type, currentSchemaVersion));
      return this;
    }

    /**
     * Registers the step that turns a payload of {@code fromVersion} into one of
     * {@code fromVersion + 1}. The operator gets a copy of the tree, may change it in
     * place, and returns the upcast tree.
     *
     * @param typeName a registered type name
     * @param fromVersion the old version, {@code >= 1} and below the current version
     * @param upcaster the step
     * @return this builder
     * @throws IllegalArgumentException if the type is not registered yet, the version is out
     *     of range, or a step from this version exists already
     */
    public Builder<E> upcaster(String typeName, int fromVersion, UnaryOperator<ObjectNode> upcaster) {
      Objects.requireNonNull(upcaster, "upcaster");
      Registration registration = byName.get(typeName);
      if (registration == null) {
        throw new IllegalArgumentException("upcaster for unregistered event type " + typeName
            + "; register it first; registered: " + byName.keySet());
      }
      if (fromVersion < 1 || fromVersion >= registration.currentVersion) {
        throw new IllegalArgumentException("upcaster of " + typeName + " from v" + fromVersion
            + ": expected a version from 1 to " + (registration.currentVersion - 1));
      }
      if (registration.upcasters.putIfAbsent(fromVersion, upcaster) != null) {
        throw new IllegalArgumentException("upcaster of " + typeName + " from v" + fromVersion + " is registered already");
      }
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public JacksonEventCodec<E> build() {
      return new JacksonEventCodec<>(this);
    }
  }
}
