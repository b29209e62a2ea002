package org.atelier.core.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic ids, so that the same run gives byte-identical streams.
 *
 * <p>An event id is a name-based UUID of its stream, its version, the command that
 * appended it and a digest of its type and payload. The version alone would not do: two
 * commands racing from the same version would produce the same ids, and the store would
 * take the loser's batch for an idempotent retry of the winner's and silently drop it.
 * The command id includes the runner's command sequence number, so even two commands with
 * equal contexts and equal events get different ids and the loser sees a conflict.
 */
public final class EventIds {
  private EventIds() {}

  /**
   * The id of a command run.
   *
   * @param streamId the stream it writes
   * @param versionRead the version it decided from
   * @param sequence the number of the command among those its runner ran, from 1; it tells
   *     apart two commands with equal contexts, and is the same in two runs of one script
   * @param ctx who, why and when
   * @return the id, a name-based UUID
   */
  public static String commandId(String streamId, long versionRead, long sequence, CommandContext ctx) {
    return nameUuid("command", streamId, Long.toString(versionRead), Long.toString(sequence), ctx.actor(),
        ctx.correlationId(), ctx.now().toString());
  }

  /**
   * The id of one event of a batch.
   *
   * @param streamId the stream
   * @param version the event's version in the stream
   * @param commandId the command appending it
   * @param type its type name
   * @param payload its payload
   * @return the id, a name-based UUID
   */
  public static String eventId(String streamId, long version, String commandId, String type, byte[] payload) {
    return nameUuid("event", streamId, Long.toString(version), commandId, type, sha256(payload));
  }

  /**
   * A name-based (type 3) UUID of the given parts, joined unambiguously.
   *
   * @param parts the parts
   * @return the UUID's string form
   */
  public static String nameUuid(String... parts) {
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      name.append(part.length()).append(':').append(part).append(';');
    }
    return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
