package org.atelier.core.workflow.internal;

import java.time.Instant;
import org.atelier.core.model.PersonId;
import org.atelier.core.workflow.HelpStatus;
import org.jspecify.annotations.Nullable;

/** One help request inside the aggregate's state. Immutable; the fold replaces it. */
record HelpState(String id, HelpStatus status, String question, @Nullable String answer, PersonId askedBy,
    Instant askedAt, @Nullable Instant answeredAt, boolean escalated) {

  HelpState withStatus(HelpStatus next) {
    return new HelpState(id, next, question, answer, askedBy, askedAt, answeredAt, escalated);
  }

  HelpState answered(String text, Instant at) {
    return new HelpState(id, status, question, text, askedBy, askedAt, at, escalated);
  }

  HelpState markEscalated() {
    return new HelpState(id, status, question, answer, askedBy, askedAt, answeredAt, true);
  }
}
