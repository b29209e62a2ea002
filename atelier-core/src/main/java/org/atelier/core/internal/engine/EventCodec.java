package org.atelier.core.internal.engine;

/**
 * Turns an aggregate's events into stored bytes and back, naming each event's type and the
 * schema version of its payload so that old events stay readable after the schema
 * changes. See {@link JacksonEventCodec} for the usual implementation.
 *
 * @param <E> the events
 */
public interface EventCodec<E> {

  /**
   * The stored type name of an event, such as {@code MilestoneApproved}.
   *
   * @param event the event
   * @return the name; names starting with {@code atelier.} are reserved
   * @throws IllegalArgumentException if the event's class is not known to the codec
   */
  String typeName(E event);

  /**
   * The current schema version of an event's payload.
   *
   * @param event the event
   * @return the version, {@code >= 1}
   * @throws IllegalArgumentException if the event's class is not known to the codec
   */
  int schemaVersion(E event);

  /**
   * Encodes an event's payload as canonical JSON.
   *
   * @param event the event
   * @return the UTF-8 bytes
   */
  byte[] encode(E event);

  /**
   * Decodes a stored payload, upcasting it first when it was written with an older schema
   * version.
   *
   * @param typeName the stored type name
   * @param schemaVersion the stored schema version
   * @param payload the stored bytes
   * @return the event
   * @throws org.atelier.core.AtelierException {@code VALIDATION}, naming the JSON path, if the
   *     type is unknown, the version is newer than the codec knows or the payload does not fit
   */
  E decode(String typeName, int schemaVersion, byte[] payload);
}
