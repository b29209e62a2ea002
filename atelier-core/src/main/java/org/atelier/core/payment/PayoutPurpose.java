package org.atelier.core.payment;

import java.util.Locale;

/**
 * Why money moves, one part of a {@link PayoutKey}.
 *
 * @since 0.1
 */
public enum PayoutPurpose {
  /** The requester funds escrow. */
  FUNDING,
  /** The platform's fee out of escrow. */
  PLATFORM_FEE,
  /** The mentor's share out of escrow. */
  MENTOR_SHARE,
  /** The intern's share out of escrow; after a takeover it goes to the mentor. */
  INTERN_SHARE,
  /** The requester's on-time bonus, paid from the requester's account. */
  BONUS,
  /** Unearned escrow back to the requester, on cancellation or by a settlement. */
  REFUND;

  /**
   * The purpose as it appears in keys, such as {@code intern-share}.
   *
   * @return the lower-case, hyphenated name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
