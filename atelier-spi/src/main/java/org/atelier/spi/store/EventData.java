package org.atelier.spi.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * One event as a store keeps it: an id, a type, the schema version of its payload, the
 * payload as JSON bytes, and its metadata. The store treats the payload as opaque bytes.
 *
 * <p>The array is copied in and out, so instances are immutable.
 *
 * @param eventId a unique id; appending an id that is already stored is idempotent
 * @param type the event's type name, such as {@code MilestoneApproved}
 * @param schemaVersion the version of the payload's schema, {@code >= 1}
 * @param payload the payload, UTF-8 JSON
 * @param metadata who, why and when
 * @since 0.1
 */
public record EventData(String eventId, String type, int schemaVersion, byte[] payload, EventMetadata metadata) {
  /**
   * Checks and copies the parts.
   *
   * @param eventId the unique id
   * @param type the type name
   * @param schemaVersion the schema version, {@code >= 1}
   * @param payload the payload bytes
   * @param metadata the metadata
   * @throws IllegalArgumentException if an id or type is blank or the schema version is below 1
   */
  public EventData {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(metadata, "metadata");
    if (eventId.isBlank() || type.isBlank()) {
      throw new IllegalArgumentException("event id and type must not be blank");
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema version must be >= 1, got " + schemaVersion);
    }
    payload = payload.clone();
  }

  /**
   * A copy of the payload.
   *
   * @return the payload bytes
   */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventData other
        && eventId.equals(other.eventId)
        && type.equals(other.type)
        && schemaVersion == other.schemaVersion
        && Arrays.equals(payload, other.payload)
        && metadata.equals(other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventId, type, schemaVersion, Arrays.hashCode(payload), metadata);
  }

  @Override
  public String toString() {
    return "EventData[" + type + "/v" + schemaVersion + " " + eventId + ", " + payload.length + " bytes]";
  }
}
