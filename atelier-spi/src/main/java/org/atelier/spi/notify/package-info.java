/**
 * Notifications: the {@link org.atelier.spi.notify.Notifier} that tells people what happened, at least once.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.spi.notify;

import org.jspecify.annotations.NullMarked;
