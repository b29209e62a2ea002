package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.List;
import org.atelier.core.model.Skill;
import org.atelier.core.payment.AccountId;
import org.atelier.core.payment.LedgerTransaction;
import org.atelier.core.payment.Posting;
import org.atelier.core.workflow.FeedbackTag;
import org.atelier.spi.Money;
import org.atelier.spi.notify.Notification;
import org.atelier.spi.payment.PaymentInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one internship's stream. Each record's simple name is its stable type name
 * in the store, every one is at schema version 1, and ids are plain strings so that the
 * JSON payload is flat. Events never change once written; a new field gets a new schema
 * version and an upcaster.
 */
public sealed interface InternshipEvent {
  /** The current schema version of every event type. */
  int SCHEMA_VERSION = 1;

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /** The requester posted the task. */
  record TaskPosted(String task, String title, String description, Money budget, Instant deadline,
      List<Skill> requiredSkills, String requester, String sourceReference, Instant at) implements InternshipEvent {}

  /** The requester chose the mentor. */
  record MentorChosen(String mentor, Instant at) implements InternshipEvent {}

  /** The mentor proposed (version 1) or revised the plan. */
  record PlanProposed(int version, List<PlannedMilestone> milestones, Instant at) implements InternshipEvent {}

  /** The intern was attached. */
  record InternAssigned(String intern, Instant at) implements InternshipEvent {}

  /** The intern accepted a plan version. */
  record PlanAccepted(int version, String intern, Instant at) implements InternshipEvent {}

  /** The whole budget moved into escrow. */
  record EscrowFunded(Money amount, Instant at) implements InternshipEvent {}

  /** The intern submitted a milestone; {@code submission} counts from 1. */
  record MilestoneSubmitted(String milestone, int submission, String note, String by, Instant at)
      implements InternshipEvent {}

  /** The mentor sent a submission back. */
  record ChangesRequested(String milestone, String feedback, List<FeedbackTag> tags, String by, Instant at)
      implements InternshipEvent {}

  /** A milestone was approved, by the mentor or by the review timeout; {@code amount} was released. */
  record MilestoneApproved(String milestone, boolean automatic, String feedback, List<FeedbackTag> tags,
      Money amount, String by, Instant at) implements InternshipEvent {}

  /** The intern asked for help. */
  record HelpRequested(String help, String question, String by, Instant at) implements InternshipEvent {}

  /** The mentor answered a help request. */
  record HelpAnswered(String help, String answer, String by, Instant at) implements InternshipEvent {}

  /** A help request stayed unanswered past the escalation period. */
  record HelpEscalated(String help, Instant at) implements InternshipEvent {}

  /** The intern closed a help request. */
  record HelpResolved(String help, String by, Instant at) implements InternshipEvent {}

  /** The intern handed in the final product. */
  record FinalSubmitted(String note, String by, Instant at) implements InternshipEvent {}

  /** The mentor delivered the final product to the requester. */
  record DeliveredToRequester(String note, String by, Instant at) implements InternshipEvent {}

  /** The requester accepted the delivery, or the acceptance timeout did. */
  record DeliveryAccepted(boolean automatic, String by, Instant at) implements InternshipEvent {}

  /** The requester sent the delivery back. */
  record DeliveryRejected(String feedback, String by, Instant at) implements InternshipEvent {}

  /**
   * The deadline, and the due date of every milestone not yet approved whose due date is
   * after {@code at}, moved later by {@code bySeconds}.
   */
  record DeadlineExtended(long bySeconds, Instant newDeadline, String by, Instant at) implements InternshipEvent {}

  /** The intern left. */
  record InternWithdrew(String intern, String by, Instant at) implements InternshipEvent {}

  /** A new intern took over; {@code previous} is the intern who left, if still assigned. */
  record InternReplaced(@Nullable String previous, String intern, String by, Instant at) implements InternshipEvent {}

  /** The mentor took over the remaining milestones. */
  record MentorTookOver(String mentor, @Nullable String previousIntern, Instant at) implements InternshipEvent {}

  /** The internship was cancelled. */
  record InternshipCancelled(String by, Instant at) implements InternshipEvent {}

  /** A party opened a dispute; escrow is frozen. */
  record DisputeOpened(String by, String reason, Instant at) implements InternshipEvent {}

  /** The platform split the frozen escrow. */
  record DisputeResolved(int toRequesterPercent, String by, Instant at) implements InternshipEvent {}

  /** The intern was nudged after a period without activity. */
  record StallNudged(String intern, Instant at) implements InternshipEvent {}

  /** A milestone passed its due date before it was submitted. */
  record MilestoneOverdue(String milestone, Instant due, Instant at) implements InternshipEvent {}

  /** The mentor endorsed skills the intern demonstrated. */
  record SkillsEndorsed(String intern, List<Skill> skills, String by, Instant at) implements InternshipEvent {}

  /**
   * A balanced ledger transaction (money moved between accounts) and the payment
   * instructions that carry it out, which the outbox delivers to the gateway. The postings
   * are stored flat, as account and amount, so the payload does not depend on how the
   * payment types map to JSON.
   */
  record LedgerPosted(String id, String memo, List<Entry> postings, List<PaymentInstruction> instructions,
      Instant at) implements InternshipEvent {
    public LedgerPosted {
      postings = List.copyOf(postings);
      instructions = List.copyOf(instructions);
    }

    static LedgerPosted of(LedgerTransaction tx, List<PaymentInstruction> instructions) {
      return new LedgerPosted(tx.id(), tx.memo(), tx.postings().stream()
          .map(p -> new Entry(p.account().value(), p.amount())).toList(), instructions, tx.at());
    }

    /** The ledger transaction, checked to balance. */
    LedgerTransaction transaction(String task) {
      return new LedgerTransaction(id, at, task, memo, postings.stream()
          .map(e -> new Posting(AccountId.of(e.account()), e.amount())).toList());
    }
  }

  /** One posting of a {@link LedgerPosted}: an account and a signed amount. */
  record Entry(String account, Money amount) {}

  /** A notification for the notifier, delivered by the outbox. */
  record NotificationQueued(Notification notification, Instant at) implements InternshipEvent {}

  /** The list of every concrete event type, for codecs and tests. */
  List<Class<? extends InternshipEvent>> TYPES = List.of(TaskPosted.class, MentorChosen.class, PlanProposed.class,
      InternAssigned.class, PlanAccepted.class, EscrowFunded.class, MilestoneSubmitted.class, ChangesRequested.class,
      MilestoneApproved.class, HelpRequested.class, HelpAnswered.class, HelpEscalated.class, HelpResolved.class,
      FinalSubmitted.class, DeliveredToRequester.class, DeliveryAccepted.class, DeliveryRejected.class,
      DeadlineExtended.class, InternWithdrew.class, InternReplaced.class, MentorTookOver.class,
      InternshipCancelled.class, DisputeOpened.class, DisputeResolved.class, StallNudged.class,
      MilestoneOverdue.class, SkillsEndorsed.class, LedgerPosted.class, NotificationQueued.class);
}
