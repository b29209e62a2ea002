package org.atelier.spi.store;

/**
 * What an append expects of its stream: the optimistic-concurrency check of
 * {@link EventStore#append}.
 *
 * <p>A stream's version is the number of events it holds. An absent stream has no
 * version; a stream created by an empty append exists with version 0.
 *
 * @since 0.1
 */
public sealed interface ExpectedVersion {

  /**
   * The stream must not exist yet.
   *
   * @return the expectation
   */
  static ExpectedVersion noStream() {
    return NoStream.INSTANCE;
  }

  /**
   * The stream must exist and hold exactly {@code version} events.
   *
   * @param version the number of events, {@code >= 0}
   * @return the expectation
   * @throws IllegalArgumentException if {@code version} is negative
   */
  static ExpectedVersion exactly(long version) {
    return new Exactly(version);
  }

  /**
   * Any state of the stream is accepted, absent included.
   *
   * @return the expectation
   */
  static ExpectedVersion any() {
    return Any.INSTANCE;
  }

  /**
   * Whether a stream in the given state meets this expectation.
   *
   * @param exists whether the stream exists
   * @param version its version, when it exists
   * @return {@code true} if an append may go ahead
   */
  boolean matches(boolean exists, long version);

  /** The stream must not exist yet. */
  enum NoStream implements ExpectedVersion {
    /** The single instance. */
    INSTANCE;

    @Override
    public boolean matches(boolean exists, long version) {
      return !exists;
    }

    @Override
    public String toString() {
      return "no stream";
    }
  }

  /** Any state is accepted. */
  enum Any implements ExpectedVersion {
    /** The single instance. */
    INSTANCE;

    @Override
    public boolean matches(boolean exists, long version) {
      return true;
    }

    @Override
    public String toString() {
      return "any version";
    }
  }

  /**
   * The stream must exist with exactly this many events.
   *
   * @param version the number of events, {@code >= 0}
   */
  record Exactly(long version) implements ExpectedVersion {
    /**
     * Checks the version.
     *
     * @param version the number of events, {@code >= 0}
     * @throws IllegalArgumentException if negative
     */
    public Exactly {
      if (version < 0) {
        throw new IllegalArgumentException("expected version must be >= 0, got " + version);
      }
    }

    @Override
    public boolean matches(boolean exists, long actual) {
      return exists && actual == version;
    }

    @Override
    public String toString() {
      return "version " + version;
    }
  }
}
