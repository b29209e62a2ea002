package org.atelier.core.internal.discovery;

import org.atelier.spi.notify.Notification;
import org.atelier.spi.notify.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback {@link Notifier} when the host has none: it logs each notification at INFO
 * and delivers nothing. The builder warns when it falls back to it.
 */
public final class LoggingNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

  /** Creates the notifier. */
  public LoggingNotifier() {}

  @Override
  public void deliver(Notification notification) {
    LOG.info("notification {} to {}: {} on task {} {}", notification.dedupeKey(), notification.recipient(),
        notification.kind(), notification.task(), notification.parameters());
  }
}
