package org.atelier.core.workflow.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;
import org.atelier.core.model.Actor;
import org.atelier.core.workflow.AccessDecision;
import org.atelier.core.workflow.AccessPolicy;
import org.atelier.core.workflow.Command;
import org.atelier.core.workflow.Guard;
import org.atelier.core.workflow.HelpStatus;
import org.atelier.core.workflow.InternshipStatus;
import org.atelier.core.workflow.MilestoneStatus;
import org.atelier.core.workflow.StateMachines;
import org.atelier.core.workflow.Transition;
import org.atelier.core.workflow.TransitionTable;
import org.atelier.core.workflow.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * The checks every command passes, in a fixed order so that one input always gets the same
 * refusal: the task exists ({@code NOT_FOUND}), the actor may issue it ({@code NOT_PERMITTED}),
 * and the internship's table allows it in the current status ({@code ILLEGAL_TRANSITION}).
 */
final class Gate {
  private Gate() {}

  static void admit(InternshipState s, Actor actor, Command command, AccessPolicy access) {
    if (!s.exists()) {
      throw AtelierException.notFound("task " + s.taskId + " does not exist; post it first with postTask");
    }
    permit(s, actor, command, access);
    if (!StateMachines.internship().allows(s.status, command)) {
      throw notAllowed(StateMachines.internship(), command, "task " + s.taskId, s.status());
    }
  }

  static void permit(InternshipState s, Actor actor, Command command, AccessPolicy access) {
    AccessDecision decision = access.decide(actor, command, s.parties());
    if (!decision.permitted()) {
      throw AtelierException.notPermitted(actor + " may not " + command.label() + " on task " + s.taskId
          + ": requires " + decision.requirement());
    }
  }

  /** The internship row whose guard holds, or a refusal that names the guards. */
  static Transition<InternshipStatus> internshipRow(InternshipState s, Trigger trigger) {
    Transition<InternshipStatus> row = s.internshipRow(trigger);
    if (row == null) {
      throw guarded(StateMachines.internship(), trigger, "task " + s.taskId, s.status());
    }
    return row;
  }

  static Transition<MilestoneStatus> milestoneRow(InternshipState s, MilestoneState m, Trigger trigger) {
    Transition<MilestoneStatus> row = s.milestoneRow(m.status(), trigger);
    if (row == null) {
      throw StateMachines.milestone().allows(m.status(), trigger)
          ? guarded(StateMachines.milestone(), trigger, "milestone " + m.id() + " of task " + s.taskId, m.status())
          : notAllowed(StateMachines.milestone(), trigger, "milestone " + m.id() + " of task " + s.taskId, m.status());
    }
    return row;
  }

  static Transition<HelpStatus> helpRow(InternshipState s, HelpState h, Trigger trigger) {
    Transition<HelpStatus> row = s.helpRow(h.status(), trigger);
    if (row == null) {
      throw notAllowed(StateMachines.help(), trigger, "help request " + h.id() + " of task " + s.taskId, h.status());
    }
    return row;
  }

  static MilestoneState milestone(InternshipState s, String id) {
    MilestoneState m = s.milestones.get(id);
    if (m == null) {
      throw AtelierException.notFound("task " + s.taskId + " has no milestone " + id + "; its milestones are "
          + (s.milestones.isEmpty() ? "none yet" : String.join(", ", s.milestones.keySet())));
    }
    return m;
  }

  static HelpState help(InternshipState s, String id) {
    HelpState h = s.help.get(id);
    if (h == null) {
      throw AtelierException.notFound("task " + s.taskId + " has no help request " + id + "; its help requests are "
          + (s.help.isEmpty() ? "none yet" : String.join(", ", s.help.keySet())));
    }
    return h;
  }

  static String text(String field, @Nullable String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw AtelierException.validation(field + " must not be blank; expected a few words");
      }
      return "";
    }
    return value;
  }

  private static <S extends Enum<S>> AtelierException notAllowed(TransitionTable<S> table, Trigger trigger,
      String what, S status) {
    List<S> allowed = table.statesAllowing(trigger);
    return AtelierException.illegalTransition(trigger.label() + " does not fit " + what + " in status " + status
        + "; it is allowed in " + (allowed.isEmpty() ? "no status" : allowed.stream().map(Enum::name)
            .collect(Collectors.joining(", "))));
  }

  private static <S extends Enum<S>> AtelierException guarded(TransitionTable<S> table, Trigger trigger, String what,
      S status) {
    String guards = table.rows(status, trigger).stream().map(Transition::guard).filter(g -> g != Guard.ALWAYS)
        .map(Guard::description).collect(Collectors.joining(" or "));
    List<S> always = table.statuses().stream().filter(s -> table.rows(s, trigger).stream()
        .anyMatch(r -> r.guard() == Guard.ALWAYS)).toList();
    return AtelierException.illegalTransition(trigger.label() + " does not fit " + what + " in status " + status
        + (always.isEmpty() ? "" : "; it is allowed in " + always.stream().map(Enum::name)
            .collect(Collectors.joining(", ")) + ",")
        + " or in " + status + " only when: " + guards);
  }
}
