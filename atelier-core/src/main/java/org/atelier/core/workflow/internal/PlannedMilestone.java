package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.List;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.plan.MilestoneSpec;
import org.jspecify.annotations.Nullable;

/** A milestone spec as an event stores it: plain strings, so the JSON stays flat. */
public record PlannedMilestone(String id, String title, String description, List<String> criteria, int share,
    Instant due, List<String> after, @Nullable Integer estimatedHours) {

  static PlannedMilestone of(MilestoneSpec spec) {
    return new PlannedMilestone(spec.id().value(), spec.title(), spec.description(), spec.acceptanceCriteria(),
        spec.share(), spec.due(), spec.dependsOn().stream().map(MilestoneId::value).toList(), spec.estimatedHours());
  }

  MilestoneSpec toSpec() {
    return new MilestoneSpec(MilestoneId.of(id), title, description, criteria, share, due,
        after.stream().map(MilestoneId::of).toList(), estimatedHours);
  }
}
