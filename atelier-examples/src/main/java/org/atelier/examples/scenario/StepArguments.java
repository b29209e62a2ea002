package org.atelier.examples.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a command step, typed. A field the step's command requires is never null;
 * the others are null when the file leaves them out.
 *
 * @param task the task's id
 * @param title the task's title
 * @param budget the task's budget
 * @param deadline the task's deadline
 * @param skills the required skills, name to level
 * @param mentor the mentor's id
 * @param intern the intern's id
 * @param milestones the planned milestones
 * @param milestone a milestone's id
 * @param note a note on a submission
 * @param feedback review feedback
 * @param help a help request's id
 * @param question the intern's question
 * @param answer the mentor's answer
 * @param by how far {@code extend} moves the dates
 * @param toRequesterPercent the percent of frozen escrow refunded to the requester
 * @param template the id of the decomposition template to plan from (an extension)
 */
public record StepArguments(
    @Nullable String task,
    @Nullable String title,
    @Nullable Money budget,
    @Nullable Instant deadline,
    @Nullable SortedMap<String, Integer> skills,
    @Nullable String mentor,
    @Nullable String intern,
    @Nullable List<PlannedMilestone> milestones,
    @Nullable String milestone,
    @Nullable String note,
    @Nullable String feedback,
    @Nullable String help,
    @Nullable String question,
    @Nullable String answer,
    @Nullable Duration by,
    @Nullable Integer toRequesterPercent,
    @Nullable String template) {

  /**
   * A value the step's command requires: the reader guarantees it is there.
   *
   * @param <T> the value's type
   * @param value the field's value
   * @param field which field, for the message should the guarantee ever break
   * @return the value
   * @throws IllegalStateException if the value is absent
   */
  public static <T> T required(@Nullable T value, StepField field) {
    if (value == null) {
      throw new IllegalStateException("the reader let a step without \"" + field.jsonName() + "\" through");
    }
    return value;
  }
}
