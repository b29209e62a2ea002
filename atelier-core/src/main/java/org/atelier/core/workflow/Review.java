package org.atelier.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.atelier.core.model.PersonId;

/**
 * One review of a submission, with structured feedback.
 *
 * @param submission the number of the submission reviewed; 0 when the mentor approved a
 *     milestone directly after taking over
 * @param outcome how it ended
 * @param feedback the mentor's words; may be empty
 * @param tags the feedback's categories, in the order given, without repeats
 * @param by the reviewer (the platform's time rule for an automatic approval)
 * @param at when
 * @since 0.1
 */
public record Review(int submission, ReviewOutcome outcome, String feedback, List<FeedbackTag> tags, PersonId by,
    Instant at) {
  /**
   * Checks the parts.
   *
   * @param submission the submission number
   * @param outcome the outcome
   * @param feedback the feedback
   * @param tags the tags
   * @param by the reviewer
   * @param at the time
   */
  public Review {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    tags = tags.stream().distinct().toList();
  }
}
