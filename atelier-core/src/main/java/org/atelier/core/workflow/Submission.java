package org.atelier.core.workflow;

import java.time.Instant;
import java.util.Objects;
import org.atelier.core.model.PersonId;

/**
 * One submission of a milestone.
 *
 * @param number the submission's number for its milestone, from 1
 * @param note the intern's note; may be empty
 * @param by who submitted
 * @param at when
 * @since 0.1
 */
public record Submission(int number, String note, PersonId by, Instant at) {
  /**
   * Checks the parts.
   *
   * @param number the number
   * @param note the note
   * @param by the submitter
   * @param at the time
   */
  public Submission {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
