package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.core.AtelierException;
import org.jspecify.annotations.Nullable;

/**
 * Who pays and who is paid in an {@link Escrow}.
 *
 * @param requester the requester, who funds escrow and receives refunds
 * @param mentor the mentor, who receives the mentor's share
 * @param intern the intern currently doing the work, or {@code null} before one is assigned
 *     or after one withdrew
 * @since 0.1
 */
public record EscrowParties(String requester, String mentor, @Nullable String intern) {
  /**
   * Checks that the parties are distinct, usable account names.
   *
   * @param requester the requester
   * @param mentor the mentor
   * @param intern the intern or {@code null}
   * @throws AtelierException {@code VALIDATION} if an id is blank, reserved ({@code platform},
   *     {@code escrow:…}) or two parties share an id
   */
  public EscrowParties {
    check("requester", requester);
    check("mentor", mentor);
    if (intern != null) {
      check("intern", intern);
    }
    if (requester.equals(mentor) || requester.equals(intern) || mentor.equals(intern)) {
      throw AtelierException.validation("requester " + requester + ", mentor " + mentor + " and intern " + intern
          + " must be different parties");
    }
  }

  private static void check(String role, String id) {
    Objects.requireNonNull(id, role);
    if (id.isBlank() || id.equals(AccountId.platform().value()) || id.startsWith(AccountId.ESCROW_PREFIX)) {
      throw AtelierException.validation(role + " id \"" + id
          + "\" is blank or reserved; expected a party id such as int-1 (not platform, not escrow:…)");
    }
  }

  /**
   * These parties with another intern.
   *
   * @param next the new intern, or {@code null} for none
   * @return the new parties
   * @throws AtelierException {@code VALIDATION} as the constructor
   */
  public EscrowParties withIntern(@Nullable String next) {
    return new EscrowParties(requester, mentor, next);
  }
}
