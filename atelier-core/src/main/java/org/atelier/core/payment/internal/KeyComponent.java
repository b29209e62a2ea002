package org.atelier.core.payment.internal;

import org.atelier.core.payment.PayoutKey;

/**
 * How an id becomes one component of a {@link PayoutKey} or of a transaction id
 * ({@code TASK/MILESTONE/OPERATION}): {@code %}, {@code /} and {@code *} are percent-encoded,
 * so that no id, whatever it contains, can produce another movement's key, and
 * {@link PayoutKey#WHOLE_ESCROW} ({@code *}) stays the only unencoded star.
 */
public final class KeyComponent {
  private KeyComponent() {}

  /**
   * Encodes one component.
   *
   * @param component the raw id
   * @return the id with {@code %}, {@code /} and {@code *} encoded as {@code %25}, {@code %2F} and {@code %2A}
   */
  public static String encode(String component) {
    return component.replace("%", "%25").replace("/", "%2F").replace("*", "%2A");
  }

  /**
   * Encodes the milestone component, which may be the whole escrow.
   *
   * @param milestone a milestone's id, or {@link PayoutKey#WHOLE_ESCROW}
   * @return {@code *} for the whole escrow, else the encoded id
   */
  public static String milestone(String milestone) {
    return PayoutKey.WHOLE_ESCROW.equals(milestone) ? PayoutKey.WHOLE_ESCROW : encode(milestone);
  }
}
