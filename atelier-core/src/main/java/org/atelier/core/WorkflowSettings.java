package org.atelier.core;

import org.atelier.core.payment.SplitPolicy;
import org.atelier.core.plan.PlanTemplates;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.WorkflowPolicy;
import org.jspecify.annotations.Nullable;

/** The workflow options an {@link AtelierBuilder} collects; {@code split} null means the policy's fixed split. */
record WorkflowSettings(WorkflowPolicy policy, AccessPolicy access, @Nullable SplitPolicy split,
    PlanTemplates templates) {}
