/**
 * The micro-internship workflow: the {@link org.atelier.core.workflow.Internships} service
 * with one method per command of the scenario contract, the three state machines as data
 * ({@link org.atelier.core.workflow.StateMachines}), the {@link org.atelier.core.workflow.AccessPolicy},
 * the {@link org.atelier.core.workflow.WorkflowPolicy} of time rules and payment splits, and
 * the read-only views that queries return.
 *
 * <p>The aggregate behind the service is an event-sourced internship, one stream per task.
 * Commands load it, decide with the transition tables, and append new events; payouts and
 * notifications are recorded in the same append and delivered by the outbox.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.workflow;

import org.jspecify.annotations.NullMarked;
