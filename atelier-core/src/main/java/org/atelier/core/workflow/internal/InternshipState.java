package org.atelier.core.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.Task;
import org.atelier.core.payment.AccountId;
import org.atelier.core.plan.Plan;
import org.atelier.core.workflow.Guard;
import org.atelier.core.workflow.HelpStatus;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.Parties;
import org.atelier.core.workflow.StateMachines;
import org.atelier.core.workflow.Transition;
import org.atelier.core.workflow.Trigger;
import org.atelier.core.model.TaskId;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * The state of one internship, folded from its events by {@link Fold}. Treated as immutable:
 * the fold works on a {@link #copy()}, so a state once returned never changes.
 */
public final class InternshipState {
  final String taskId;
  @Nullable InternshipStatus status;
  @Nullable Task task;
  @Nullable PersonId mentor;
  @Nullable PersonId intern;
  List<PersonId> formerInterns = new ArrayList<>();
  @Nullable Plan plan;
  int acceptedVersion;
  boolean funded;
  long escrowMinor;
  Map<String, MilestoneState> milestones = new LinkedHashMap<>();
  Map<String, HelpState> help = new LinkedHashMap<>();
  @Nullable Instant lastInternActivity;
  @Nullable Instant lastNudge;
  /** When the intern last went from having nothing to do to having a milestone to work on. */
  @Nullable Instant internWorkSince;
  @Nullable Instant deliveredAt;
  @Nullable Instant endedAt;
  boolean mentorTookOver;
  List<Skill> endorsed = new ArrayList<>();
  long version;

  InternshipState(String taskId) {
    this.taskId = taskId;
  }

  InternshipState copy() {
    InternshipState c = new InternshipState(taskId);
    c.status = status;
    c.task = task;
    c.mentor = mentor;
    c.intern = intern;
    c.formerInterns = new ArrayList<>(formerInterns);
    c.plan = plan;
    c.acceptedVersion = acceptedVersion;
    c.funded = funded;
    c.escrowMinor = escrowMinor;
    c.milestones = new LinkedHashMap<>(milestones);
    c.help = new LinkedHashMap<>(help);
    c.lastInternActivity = lastInternActivity;
    c.lastNudge = lastNudge;
    c.internWorkSince = internWorkSince;
    c.deliveredAt = deliveredAt;
    c.endedAt = endedAt;
    c.mentorTookOver = mentorTookOver;
    c.endorsed = new ArrayList<>(endorsed);
    c.version = version;
    return c;
  }

  /** Whether the task exists. */
  boolean exists() {
    return status != null;
  }

  Task task() {
    if (task == null) {
      throw new IllegalStateException("task " + taskId + " is not posted");
    }
    return task;
  }

  InternshipStatus status() {
    if (status == null) {
      throw new IllegalStateException("task " + taskId + " is not posted");
    }
    return status;
  }

  Plan plan() {
    if (plan == null) {
      throw new IllegalStateException("task " + taskId + " has no plan");
    }
    return plan;
  }

  Money escrow() {
    return new Money(task().budget().currency(), escrowMinor);
  }

  AccountId escrowAccount() {
    return AccountId.escrow(taskId);
  }

  Parties parties() {
    return new Parties(TaskId.of(taskId), task == null ? null : task.requester(), mentor, intern);
  }

  boolean planAccepted() {
    return plan != null && acceptedVersion == plan.version();
  }

  boolean holds(Guard guard) {
    return switch (guard) {
      case ALWAYS -> true;
      case ESCROW_FUNDED -> funded;
      case ESCROW_NOT_FUNDED -> !funded;
      case PLAN_ACCEPTED -> planAccepted();
      case PLAN_NOT_ACCEPTED -> !planAccepted();
      case MENTOR_TOOK_OVER -> mentorTookOver;
    };
  }

  /** The internship table's row for a trigger now, or {@code null} if none fits. */
  @Nullable Transition<InternshipStatus> internshipRow(Trigger trigger) {
    return StateMachines.internship().select(status, trigger, this::holds);
  }

  @Nullable Transition<MilestoneStatus> milestoneRow(@Nullable MilestoneStatus from, Trigger trigger) {
    return StateMachines.milestone().select(from, trigger, this::holds);
  }

  @Nullable Transition<HelpStatus> helpRow(@Nullable HelpStatus from, Trigger trigger) {
    return StateMachines.help().select(from, trigger, this::holds);
  }

  boolean allMilestonesApproved() {
    return !milestones.isEmpty()
        && milestones.values().stream().allMatch(m -> m.status() == MilestoneStatus.APPROVED);
  }

  /** Whether every milestone that {@code m} depends on is approved, so that its work can start. */
  boolean dependenciesApproved(MilestoneState m) {
    return m.spec().dependsOn().stream()
        .allMatch(d -> milestones.get(d.value()).status() == MilestoneStatus.APPROVED);
  }

  /**
   * Whether a milestone waits for the intern: one sent back with changes, or one planned
   * whose dependencies are approved. A submitted milestone waits for the mentor instead.
   */
  boolean internHasWork() {
    return milestones.values().stream().anyMatch(m -> m.status() == MilestoneStatus.CHANGES_REQUESTED
        || (m.status() == MilestoneStatus.PLANNED && dependenciesApproved(m)));
  }

  /** Who does the remaining work: the intern, or the mentor after a takeover. */
  @Nullable PersonId worker() {
    return mentorTookOver ? mentor : intern;
  }
}
