package org.atelier.spi.store;

/**
 * An append found its stream in another state than it expected: another writer came
 * first. Nothing of the batch was written. The caller may reload and retry.
 *
 * @since 0.1
 */
public final class ConcurrencyConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stream. */
  private final String streamId;
  /** What the append expected. */
  private final transient ExpectedVersion expected;
  /** The actual version, or -1 when the stream is absent. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param streamId the stream
   * @param expected what the append expected
   * @param actualVersion the stream's actual version, or {@code -1} when it is absent
   */
  public ConcurrencyConflictException(String streamId, ExpectedVersion expected, long actualVersion) {
    super("stream " + streamId + ": expected " + expected + ", but "
        + (actualVersion < 0 ? "the stream does not exist" : "it is at version " + actualVersion), null, false, false);
    this.streamId = streamId;
    this.expected = expected;
    this.actualVersion = actualVersion;
  }

  /**
   * The stream.
   *
   * @return the stream id
   */
  public String streamId() {
    return streamId;
  }

  /**
   * What the append expected.
   *
   * @return the expectation
   */
  public ExpectedVersion expected() {
    return expected;
  }

  /**
   * The stream's actual version when the append was refused.
   *
   * @return the version, or {@code -1} when the stream does not exist
   */
  public long actualVersion() {
    return actualVersion;
  }
}
