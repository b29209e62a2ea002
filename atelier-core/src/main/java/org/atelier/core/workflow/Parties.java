package org.atelier.core.workflow;

import java.util.Objects;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.TaskId;
import org.jspecify.annotations.Nullable;

/**
 * The people of one task, as an {@link AccessPolicy} sees them when it decides.
 *
 * @param task the task
 * @param requester who posted it, or {@code null} before it is posted
 * @param mentor the chosen mentor, or {@code null}
 * @param intern the assigned intern, or {@code null} (none yet, withdrawn, or the mentor took over)
 * @since 0.1
 */
public record Parties(TaskId task, @Nullable PersonId requester, @Nullable PersonId mentor,
    @Nullable PersonId intern) {
  /**
   * Checks the parts.
   *
   * @param task the task
   * @param requester the requester, or {@code null}
   * @param mentor the mentor, or {@code null}
   * @param intern the intern, or {@code null}
   */
  public Parties {
    Objects.requireNonNull(task, "task");
  }
}
