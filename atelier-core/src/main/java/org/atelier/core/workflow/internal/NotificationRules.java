package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.atelier.core.model.PersonId;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.WorkflowPolicy;
import org.atelier.core.workflow.internal.InternshipEvent.*;
import org.atelier.spi.notify.Notification;
import org.jspecify.annotations.Nullable;

/**
 * Who is told what: one rule per workflow event. A notification's dedupe key is
 * {@code task/version/KIND/recipient}, where version is the stream version of the event that
 * caused it, so that it is the same on every replay and retry.
 */
final class NotificationRules {
  private NotificationRules() {}

  static List<NotificationQueued> notify(InternshipState before, InternshipState after, InternshipEvent event,
      WorkflowPolicy policy) {
    Batch b = new Batch(after, event.at());
    @Nullable PersonId requester = after.task == null ? null : after.task.requester();
    String platform = policy.platformRecipient();
    if (event instanceof MentorChosen) {
      b.to("MENTOR_CHOSEN", Map.of(), after.mentor);
    } else if (event instanceof PlanProposed e) {
      b.to("PLAN_PROPOSED", Map.of("version", Integer.toString(e.version())), after.intern, requester);
    } else if (event instanceof InternAssigned) {
      b.to("INTERN_ASSIGNED", Map.of(), after.intern, after.mentor);
    } else if (event instanceof PlanAccepted e) {
      b.to("PLAN_ACCEPTED", Map.of("version", Integer.toString(e.version())), after.mentor, requester);
    } else if (event instanceof EscrowFunded) {
      b.to("ESCROW_FUNDED", Map.of(), after.mentor, after.intern);
    } else if (event instanceof MilestoneSubmitted e) {
      b.to("MILESTONE_SUBMITTED", Map.of("milestone", e.milestone()), after.mentor);
    } else if (event instanceof ChangesRequested e) {
      b.to("CHANGES_REQUESTED", Map.of("milestone", e.milestone()), after.intern);
    } else if (event instanceof MilestoneApproved e) {
      b.to(e.automatic() ? "MILESTONE_AUTO_APPROVED" : "MILESTONE_APPROVED", Map.of("milestone", e.milestone()),
          after.worker(), e.automatic() ? after.mentor : null, requester);
    } else if (event instanceof HelpRequested e) {
      b.to("HELP_REQUESTED", Map.of("help", e.help()), after.mentor);
    } else if (event instanceof HelpAnswered e) {
      b.to("HELP_ANSWERED", Map.of("help", e.help()), after.intern);
    } else if (event instanceof HelpEscalated e) {
      b.to("HELP_ESCALATED", Map.of("help", e.help()), PersonId.of(platform), after.mentor);
    } else if (event instanceof HelpResolved e) {
      b.to("HELP_RESOLVED", Map.of("help", e.help()), after.mentor);
    } else if (event instanceof FinalSubmitted) {
      b.to("FINAL_SUBMITTED", Map.of(), after.mentor);
    } else if (event instanceof DeliveredToRequester) {
      b.to("DELIVERED", Map.of(), requester);
    } else if (event instanceof DeliveryAccepted e) {
      b.to(e.automatic() ? "DELIVERY_AUTO_ACCEPTED" : "DELIVERY_ACCEPTED", Map.of(), after.mentor, after.worker(),
          e.automatic() ? requester : null);
    } else if (event instanceof DeliveryRejected) {
      b.to("DELIVERY_REJECTED", Map.of(), after.mentor, after.worker());
    } else if (event instanceof DeadlineExtended e) {
      b.to("DEADLINE_EXTENDED", Map.of("deadline", e.newDeadline().toString()), after.mentor, after.worker(),
          requester);
    } else if (event instanceof InternWithdrew e) {
      b.to("INTERN_WITHDREW", Map.of("intern", e.intern()), requester, after.mentor, PersonId.of(platform));
    } else if (event instanceof InternReplaced e) {
      b.to("INTERN_ASSIGNED", Map.of(), after.intern);
      b.to("INTERN_REPLACED", Map.of("intern", e.intern()), after.mentor, requester);
    } else if (event instanceof MentorTookOver) {
      b.to("MENTOR_TOOK_OVER", Map.of(), requester, PersonId.of(platform));
    } else if (event instanceof InternshipCancelled) {
      b.to("INTERNSHIP_CANCELLED", Map.of(), requester, after.mentor, after.intern);
    } else if (event instanceof DisputeOpened e) {
      b.to("DISPUTE_OPENED", Map.of("by", e.by()), PersonId.of(platform), requester, after.mentor, after.intern);
    } else if (event instanceof DisputeResolved e) {
      b.to("DISPUTE_RESOLVED", Map.of("toRequesterPercent", Integer.toString(e.toRequesterPercent())), requester,
          after.mentor, after.worker());
    } else if (event instanceof StallNudged) {
      b.to("STALL_NUDGE", Map.of(), after.intern);
      b.to("INTERN_STALLED", Map.of("intern", String.valueOf(after.intern)), after.mentor);
    } else if (event instanceof MilestoneOverdue e) {
      b.to("MILESTONE_OVERDUE", Map.of("milestone", e.milestone()), after.worker(), after.mentor);
    } else if (event instanceof SkillsEndorsed e) {
      b.to("SKILLS_ENDORSED", Map.of(), PersonId.of(e.intern()));
    }
    if (before.status != InternshipStatus.IN_PROGRESS && after.status == InternshipStatus.IN_PROGRESS
        && before.status != InternshipStatus.AWAITING_INTERN && before.status != InternshipStatus.DELIVERED) {
      b.to("WORK_STARTED", Map.of(), after.intern, after.mentor, requester);
    }
    return b.out;
  }

  /** The notifications of one event, each recipient at most once per kind. */
  private static final class Batch {
    final InternshipState after;
    final Instant at;
    final List<NotificationQueued> out = new ArrayList<>();

    Batch(InternshipState after, Instant at) {
      this.after = after;
      this.at = at;
    }

    void to(String kind, Map<String, String> parameters, @Nullable PersonId... recipients) {
      Set<PersonId> once = new LinkedHashSet<>();
      for (PersonId r : recipients) {
        if (r != null) {
          once.add(r);
        }
      }
      for (PersonId r : once) {
        String key = after.taskId + "/" + after.version + "/" + kind + "/" + r.value();
        out.add(new NotificationQueued(new Notification(key, r.value(), kind, after.taskId,
            new TreeMap<>(parameters), at), at));
      }
    }
  }
}
