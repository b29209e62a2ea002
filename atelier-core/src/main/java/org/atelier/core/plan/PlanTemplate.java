package org.atelier.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;

/**
 * A reusable decomposition of a kind of task into milestones, which a mentor instantiates
 * for one task and then edits (the paper's milestone-breakdown step).
 *
 * @param id the template's id, such as {@code web-feature}
 * @param name a human-readable name
 * @param description when the template fits
 * @param milestones the milestones, in order; their shares add up to 100
 * @since 0.1
 */
public record PlanTemplate(String id, String name, String description, List<TemplateMilestone> milestones) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param name the name
   * @param description the description
   * @param milestones the milestones
   * @throws AtelierException with code {@code VALIDATION} if the id is blank or there are no milestones
   */
  public PlanTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    milestones = List.copyOf(milestones);
    if (id.isBlank()) {
      throw AtelierException.validation("a plan template needs a non-blank id");
    }
    if (milestones.isEmpty()) {
      throw AtelierException.validation("plan template " + id + " needs at least one milestone");
    }
  }

  /**
   * The template's milestones for one task, checked by {@link PlanValidation}. The mentor may
   * edit the result (see the {@code with…} methods of {@link MilestoneSpec}) before proposing it.
   *
   * @param start when the work starts, before {@code deadline}
   * @param deadline the task's deadline
   * @return the milestones
   * @throws AtelierException with code {@code VALIDATION} if {@code start} is not before the
   *     deadline or the instantiated plan breaks a rule
   */
  public List<MilestoneSpec> instantiate(Instant start, Instant deadline) {
    if (!start.isBefore(deadline)) {
      throw AtelierException.validation("plan template " + id + ": start " + start
          + " must be before the deadline " + deadline);
    }
    List<MilestoneSpec> specs = milestones.stream().map(m -> m.instantiate(start, deadline)).toList();
    PlanValidation.check(specs, deadline);
    return specs;
  }
}
