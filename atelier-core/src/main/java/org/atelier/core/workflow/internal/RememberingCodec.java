package org.atelier.core.workflow.internal;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.atelier.core.internal.engine.EventCodec;

/**
 * A codec that remembers the events it decoded. Every command folds its internship's whole
 * stream, so without this each stored payload would be parsed again on every later command
 * of its task. Events are immutable facts and the key is the exact type, version and bytes,
 * so a remembered event is always the one the bytes decode to. At most {@code capacity}
 * events are kept, least recently used first out.
 */
final class RememberingCodec<E> implements EventCodec<E> {
  private final EventCodec<E> inner;
  private final Map<Key, E> decoded;

  RememberingCodec(EventCodec<E> inner, int capacity) {
    this.inner = inner;
    this.decoded = new LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, E> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String typeName(E event) {
    return inner.typeName(event);
  }

  @Override
  public int schemaVersion(E event) {
    return inner.schemaVersion(event);
  }

  @Override
  public byte[] encode(E event) {
    return inner.encode(event);
  }

  @Override
  public E decode(String typeName, int schemaVersion, byte[] payload) {
    Key key = new Key(typeName, schemaVersion, ByteBuffer.wrap(payload.clone()));
    synchronized (decoded) {
      E known = decoded.get(key);
      if (known != null) {
        return known;
      }
    }
    E event = inner.decode(typeName, schemaVersion, payload);
    synchronized (decoded) {
      decoded.put(key, event);
    }
    return event;
  }

  /** The exact identity of a stored payload. */
  private record Key(String typeName, int schemaVersion, ByteBuffer payload) {}
}
