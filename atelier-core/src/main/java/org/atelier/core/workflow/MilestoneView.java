package org.atelier.core.workflow;

import java.util.List;
import java.util.Objects;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.plan.MilestoneSpec;
import org.atelier.spi.Money;

/**
 * A milestone as it stands.
 *
 * @param spec what was planned (due dates after any extension)
 * @param status its status
 * @param amount its share of the budget, allocated exactly by largest remainder
 * @param revisions how many times the mentor requested changes
 * @param submissions every submission, oldest first
 * @param reviews every review, oldest first
 * @since 0.1
 */
public record MilestoneView(MilestoneSpec spec, MilestoneStatus status, Money amount, int revisions,
    List<Submission> submissions, List<Review> reviews) {
  /**
   * Checks and copies the parts.
   *
   * @param spec the spec
   * @param status the status
   * @param amount the amount
   * @param revisions the revision count
   * @param submissions the submissions
   * @param reviews the reviews
   */
  public MilestoneView {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    submissions = List.copyOf(submissions);
    reviews = List.copyOf(reviews);
  }

  /**
   * The milestone's id.
   *
   * @return the id
   */
  public MilestoneId id() {
    return spec.id();
  }
}
