/**
 * Milestone plans: a {@link org.atelier.core.plan.MilestoneSpec} per step of the work, the
 * versioned {@link org.atelier.core.plan.Plan}, its {@link org.atelier.core.plan.PlanValidation}
 * (shares sum to 100, dependencies form a DAG of known ids, due dates inside the deadline and
 * after what they depend on), and reusable decomposition templates
 * ({@link org.atelier.core.plan.PlanTemplates}) shipped as JSON resources.
 *
 * @since 0.1
 */
@NullMarked
package org.atelier.core.plan;

import org.jspecify.annotations.NullMarked;
