package org.atelier.core.payment;

import java.util.Objects;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.internal.Exact;
import org.atelier.spi.Money;

/**
 * How one payout is divided: the platform's fee, the mentor's share and the intern's
 * share, which together are the amount released from escrow, plus an optional bonus the
 * requester pays the intern on top (see {@link OnTimeBonus}).
 *
 * @param platform the platform's fee
 * @param mentor the mentor's share
 * @param intern the intern's share (the mentor's, after a takeover)
 * @param bonus the requester's bonus to the intern, paid from the requester's account, not from escrow
 * @since 0.1
 */
public record Split(Money platform, Money mentor, Money intern, Money bonus) {
  /**
   * Checks the parts.
   *
   * @param platform the fee
   * @param mentor the mentor's share
   * @param intern the intern's share
   * @param bonus the requester's bonus
   * @throws AtelierException {@code VALIDATION} if a part is negative or the parts mix currencies
   */
  public Split {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(intern, "intern");
    Objects.requireNonNull(bonus, "bonus");
    Exact.requireSameCurrency(platform, mentor, "split");
    Exact.requireSameCurrency(platform, intern, "split");
    Exact.requireSameCurrency(platform, bonus, "split");
    if (platform.isNegative() || mentor.isNegative() || intern.isNegative() || bonus.isNegative()) {
      throw AtelierException.validation("split " + platform + " / " + mentor + " / " + intern + " + bonus " + bonus
          + " has a negative part; expected every part >= 0");
    }
    Exact.plus(Exact.plus(Exact.plus(platform, mentor, "split"), intern, "split"), bonus, "split");
  }

  /**
   * A split without a bonus.
   *
   * @param platform the fee
   * @param mentor the mentor's share
   * @param intern the intern's share
   * @throws AtelierException {@code VALIDATION} if a part is negative or the parts mix currencies
   */
  public Split(Money platform, Money mentor, Money intern) {
    this(platform, mentor, intern, Money.zero(platform.currency()));
  }

  /**
   * What leaves escrow: fee, mentor share and intern share (the bonus excluded).
   *
   * @return {@code platform + mentor + intern}
   */
  public Money total() {
    return platform.plus(mentor).plus(intern);
  }
}
