/**
 * What became of the payouts and notifications that Atelier's events asked for: the views
 * the facade's outbox queries return. Every payout instruction and notification is stored
 * as an event in the same append as its cause, delivered by a dispatcher with bounded retry
 * and backoff, and its outcome is stored as an event too; nothing is dropped. A payout that
 * failed permanently, or ran out of retries, is {@linkplain org.atelier.core.outbox.PayoutState#STUCK stuck}
 * until the host retries it or marks it resolved.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.outbox;

import org.jspecify.annotations.NullMarked;
