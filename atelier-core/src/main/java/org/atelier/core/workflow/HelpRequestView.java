package org.atelier.core.workflow;

import java.time.Instant;
import java.util.Objects;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A help request as it stands.
 *
 * @param id its id
 * @param status its status
 * @param question what the intern asked
 * @param answer the mentor's answer, or {@code null}
 * @param askedBy who asked
 * @param askedAt when
 * @param answeredAt when it was answered, or {@code null}
 * @param escalated whether it was ever escalated to the platform
 * @since 0.1
 */
public record HelpRequestView(HelpRequestId id, HelpStatus status, String question, @Nullable String answer,
    PersonId askedBy, Instant askedAt, @Nullable Instant answeredAt, boolean escalated) {
  /**
   * Checks the parts.
   *
   * @param id the id
   * @param status the status
   * @param question the question
   * @param answer the answer, or {@code null}
   * @param askedBy the asker
   * @param askedAt the time asked
   * @param answeredAt the time answered, or {@code null}
   * @param escalated whether escalated
   */
  public HelpRequestView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(askedBy, "askedBy");
    Objects.requireNonNull(askedAt, "askedAt");
  }
}
