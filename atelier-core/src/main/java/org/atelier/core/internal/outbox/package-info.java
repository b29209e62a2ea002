/**
 * The outbox dispatcher: a projection over the store's global order that finds every
 * payout and notification request, delivers them with bounded retry and backoff, and
 * records each outcome as an event, so that the pending set can always be rebuilt from the
 * store. Not exported.
 */
@NullMarked
package org.atelier.core.internal.outbox;

import org.jspecify.annotations.NullMarked;
