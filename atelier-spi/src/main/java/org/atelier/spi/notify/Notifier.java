package org.atelier.spi.notify;

/**
 * Delivers notifications to people: by e-mail, in-app, by webhook, as the host likes.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>At least once.</b> Atelier may deliver one notification more than once (after
 *       a crash or a failed attempt). Each carries a {@link Notification#dedupeKey()} so
 *       the host can drop repeats.
 *   <li><b>Failures.</b> Throwing any exception means "not delivered"; Atelier retries
 *       with backoff and records the failure if it persists.
 *   <li><b>Thread safety.</b> {@link #deliver} may be called from several threads at once.
 * </ul>
 *
 * <p>Plugin authors prove an implementation with {@code org.atelier.spi.testing.NotifierContract}.
 *
 * @since 0.1
 */
public interface Notifier {

  /**
   * Delivers one notification.
   *
   * @param notification what to deliver
   * @throws RuntimeException if it could not be delivered; Atelier will retry
   */
  void deliver(Notification notification);
}
