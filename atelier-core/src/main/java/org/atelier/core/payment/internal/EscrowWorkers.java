package org.atelier.core.payment.internal;

import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.core.payment.EscrowParties;
import org.jspecify.annotations.Nullable;

/**
 * Who does an escrow's remaining work and so earns the intern's share of each release:
 * the current intern, or the mentor once they took over. Each change refuses what does not
 * fit with {@code ILLEGAL_TRANSITION}; whether the escrow still accepts changes is the
 * escrow's check.
 *
 * @param parties the requester, the mentor and the current intern, if any
 * @param mentorTookOver whether the mentor took over the remaining work
 */
public record EscrowWorkers(EscrowParties parties, boolean mentorTookOver) {

  /**
   * Who is paid the intern's share of the next release.
   *
   * @return the mentor after a takeover, else the current intern, or empty if nobody
   */
  public Optional<String> worker() {
    return mentorTookOver ? Optional.of(parties.mentor()) : Optional.ofNullable(parties.intern());
  }

  /**
   * Assigns the first intern.
   *
   * @param task the task, for the message
   * @param intern the intern's id
   * @return the new workers
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if an intern is already assigned;
   *     {@code VALIDATION} if the id is not a distinct party
   */
  public EscrowWorkers assign(String task, String intern) {
    if (parties.intern() != null) {
      throw AtelierException.illegalTransition("task " + task + " already has intern " + parties.intern()
          + "; use replaceIntern to change it");
    }
    return with(intern, false);
  }

  /**
   * The intern leaves; a takeover stays as it was.
   *
   * @param task the task, for the message
   * @return the new workers
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if there is no intern
   */
  public EscrowWorkers withdraw(String task) {
    if (parties.intern() == null) {
      throw AtelierException.illegalTransition("task " + task + " has no intern to withdraw");
    }
    return with(null, mentorTookOver);
  }

  /**
   * A new intern takes over the remaining work; this ends a mentor takeover.
   *
   * @param task the task, for the message
   * @param intern the new intern's id
   * @return the new workers
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if this intern is already the current
   *     one; {@code VALIDATION} if the id is not a distinct party
   */
  public EscrowWorkers replace(String task, String intern) {
    if (intern.equals(parties.intern())) {
      throw AtelierException.illegalTransition("intern " + intern + " already works on task " + task
          + "; expected a different intern");
    }
    return with(intern, false);
  }

  /**
   * The mentor takes over the remaining work; the intern, if any, leaves.
   *
   * @param task the task, for the message
   * @return the new workers
   * @throws AtelierException {@code ILLEGAL_TRANSITION} if the mentor already took over
   */
  public EscrowWorkers takeover(String task) {
    if (mentorTookOver) {
      throw AtelierException.illegalTransition("mentor " + parties.mentor() + " already took over task " + task);
    }
    return with(null, true);
  }

  private EscrowWorkers with(@Nullable String intern, boolean takeover) {
    return new EscrowWorkers(parties.withIntern(intern), takeover);
  }
}
