package org.atelier.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atelier.core.AtelierException;
import org.atelier.core.model.MilestoneId;

/**
 * A validated, versioned plan: the ordered milestones of one internship. The mentor's first
 * proposal is version 1; each revision before work starts adds one, and the intern accepts
 * the current version.
 *
 * @param version the version, {@code >= 1}
 * @param milestones the milestones in the mentor's order
 * @since 0.1
 */
public record Plan(int version, List<MilestoneSpec> milestones) {
  /**
   * Checks the version and copies the list. It does not check the milestones against a
   * deadline: use {@link #validated} for that.
   *
   * @param version the version
   * @param milestones the milestones
   * @throws AtelierException with code {@code VALIDATION} if the version is below 1
   */
  public Plan {
    if (version < 1) {
      throw AtelierException.validation("plan version must be >= 1, got " + version);
    }
    milestones = List.copyOf(milestones);
  }

  /**
   * A plan whose milestones pass {@link PlanValidation#check}.
   *
   * @param version the version
   * @param milestones the milestones
   * @param deadline the task's deadline
   * @return the plan
   * @throws AtelierException with code {@code VALIDATION} naming the offending milestone
   */
  public static Plan validated(int version, List<MilestoneSpec> milestones, Instant deadline) {
    PlanValidation.check(milestones, deadline);
    return new Plan(version, milestones);
  }

  /**
   * The milestone with an id.
   *
   * @param id the id
   * @return the spec, if the plan has it
   */
  public Optional<MilestoneSpec> milestone(MilestoneId id) {
    return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The milestones' shares in plan order, as allocation weights.
   *
   * @return the shares
   */
  public List<Long> shares() {
    return milestones.stream().map(m -> (long) m.share()).toList();
  }
}
