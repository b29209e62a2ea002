/**
 * The command engine every aggregate runs on: an {@link org.atelier.core.internal.engine.AggregateType}
 * says how to fold and encode one kind of aggregate, a {@link org.atelier.core.internal.engine.Decision}
 * decides new events from the current state, and the {@link org.atelier.core.internal.engine.CommandRunner}
 * loads, decides, appends with optimistic concurrency and retries on conflict. Payouts and
 * notifications an event asks for are appended in the same batch, as outbox events.
 *
 * <p>Not exported: domain packages use it to build their services; hosts see only the facade.
 */
@NullMarked
package org.atelier.core.internal.engine;

import org.jspecify.annotations.NullMarked;
