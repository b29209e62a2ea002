package org.atelier.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A simple, independent model of the three machines for the stateful test: written from the
 * scenario contract's prose, not from {@link StateMachines}. Three milestones in a chain
 * (m1, m2 after m1, m3 after m2) and help requests h1 and h2.
 *
 * @param status the internship's status, or {@code null} before posting
 * @param mentorChosen whether a mentor is a party
 * @param intern the current intern's id, or {@code null}
 * @param accepted whether the current plan version is accepted
 * @param funded whether escrow is funded
 * @param tookOver whether the mentor took over
 * @param milestones the three milestones' statuses (empty before a plan)
 * @param help the help requests' statuses by id
 * @param outcome {@code OK} or the error code of the last command
 */
record MachineModel(@Nullable InternshipStatus status, boolean mentorChosen, @Nullable String intern,
    boolean accepted, boolean funded, boolean tookOver, List<MilestoneStatus> milestones,
    Map<String, HelpStatus> help, String outcome) {

  static final MachineModel INITIAL = new MachineModel(null, false, null, false, false, false, List.of(),
      new TreeMap<>(), "OK");

  MachineModel {
    milestones = List.copyOf(milestones);
    help = new TreeMap<>(help);
  }

  /** The model's answer to one command. */
  MachineModel apply(Step step) {
    if (status == null && step.kind != Step.Kind.POST) {
      return refuse("NOT_FOUND");
    }
    boolean working = status == InternshipStatus.IN_PROGRESS;
    boolean helpOpen = working || status == InternshipStatus.FINAL_REVIEW;
    switch (step.kind) {
      case POST -> {
        return status != null ? refuse("DUPLICATE")
            : new MachineModel(InternshipStatus.POSTED, false, null, false, false, false, List.of(), help, "OK");
      }
      case CHOOSE_MENTOR -> {
        return status == InternshipStatus.POSTED ? with(InternshipStatus.MENTOR_CHOSEN).mentor()
            : refuse("ILLEGAL_TRANSITION");
      }
      case PROPOSE_PLAN -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        if (status != InternshipStatus.MENTOR_CHOSEN && status != InternshipStatus.PLANNED) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return new MachineModel(InternshipStatus.PLANNED, true, intern, false, funded, tookOver,
            List.of(MilestoneStatus.PLANNED, MilestoneStatus.PLANNED, MilestoneStatus.PLANNED), help, "OK");
      }
      case ASSIGN -> {
        if (!beforeWork() || intern != null) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return new MachineModel(status, mentorChosen, "int-1", accepted, funded, tookOver, milestones, help, "OK");
      }
      case ACCEPT -> {
        if (intern == null) {
          return refuse("NOT_PERMITTED");
        }
        if (status != InternshipStatus.PLANNED || accepted) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return new MachineModel(funded ? InternshipStatus.IN_PROGRESS : status, mentorChosen, intern, true, funded,
            tookOver, milestones, help, "OK");
      }
      case FUND -> {
        if (!beforeWork() || funded) {
          return refuse("ILLEGAL_TRANSITION");
        }
        boolean starts = status == InternshipStatus.PLANNED && accepted;
        return new MachineModel(starts ? InternshipStatus.IN_PROGRESS : status, mentorChosen, intern, accepted, true,
            tookOver, milestones, help, "OK");
      }
      case SUBMIT -> {
        if (intern == null) {
          return refuse("NOT_PERMITTED");
        }
        MilestoneStatus m = working ? milestones.get(step.index) : null;
        boolean ready = m != null && (step.index == 0 || milestones.get(step.index - 1) == MilestoneStatus.APPROVED);
        if (m == null || !(m == MilestoneStatus.PLANNED || m == MilestoneStatus.CHANGES_REQUESTED) || !ready) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return milestone(step.index, MilestoneStatus.SUBMITTED);
      }
      case REQUEST_CHANGES -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        if (!working || milestones.get(step.index) != MilestoneStatus.SUBMITTED) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return milestone(step.index, MilestoneStatus.CHANGES_REQUESTED);
      }
      case APPROVE -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        MilestoneStatus m = working ? milestones.get(step.index) : null;
        boolean direct = tookOver && (m == MilestoneStatus.PLANNED || m == MilestoneStatus.CHANGES_REQUESTED);
        // A milestone is done only once the one it depends on is approved, also after a takeover.
        boolean ready = m != null && (step.index == 0 || milestones.get(step.index - 1) == MilestoneStatus.APPROVED);
        if ((m != MilestoneStatus.SUBMITTED && !direct) || !ready) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return milestone(step.index, MilestoneStatus.APPROVED);
      }
      case ASK -> {
        if (intern == null) {
          return refuse("NOT_PERMITTED");
        }
        if (!helpOpen) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return help.containsKey(step.help) ? refuse("DUPLICATE") : help(step.help, HelpStatus.OPEN);
      }
      case ANSWER -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        if (!helpOpen) {
          return refuse("ILLEGAL_TRANSITION");
        }
        HelpStatus h = help.get(step.help);
        if (h == null) {
          return refuse("NOT_FOUND");
        }
        return h == HelpStatus.OPEN || h == HelpStatus.ESCALATED ? help(step.help, HelpStatus.ANSWERED)
            : refuse("ILLEGAL_TRANSITION");
      }
      case RESOLVE -> {
        if (intern == null) {
          return refuse("NOT_PERMITTED");
        }
        if (!helpOpen) {
          return refuse("ILLEGAL_TRANSITION");
        }
        HelpStatus h = help.get(step.help);
        if (h == null) {
          return refuse("NOT_FOUND");
        }
        return h != HelpStatus.RESOLVED ? help(step.help, HelpStatus.RESOLVED) : refuse("ILLEGAL_TRANSITION");
      }
      case SUBMIT_FINAL -> {
        if (intern == null) {
          return refuse("NOT_PERMITTED");
        }
        return working && allApproved() ? with(InternshipStatus.FINAL_REVIEW) : refuse("ILLEGAL_TRANSITION");
      }
      case DELIVER -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        boolean direct = working && tookOver && allApproved();
        return status == InternshipStatus.FINAL_REVIEW || direct ? with(InternshipStatus.DELIVERED)
            : refuse("ILLEGAL_TRANSITION");
      }
      case ACCEPT_DELIVERY -> {
        return status == InternshipStatus.DELIVERED ? with(InternshipStatus.COMPLETED) : refuse("ILLEGAL_TRANSITION");
      }
      case REJECT_DELIVERY -> {
        return status == InternshipStatus.DELIVERED ? with(InternshipStatus.IN_PROGRESS)
            : refuse("ILLEGAL_TRANSITION");
      }
      case WITHDRAW -> {
        if (!(beforeWork() || working) || intern == null) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return new MachineModel(working ? InternshipStatus.AWAITING_INTERN : status, mentorChosen, null, false, funded,
            tookOver, unsubmit(), help, "OK");
      }
      case REPLACE -> {
        if (!(working || status == InternshipStatus.AWAITING_INTERN)) {
          return refuse("ILLEGAL_TRANSITION");
        }
        if (step.newIntern.equals(intern)) {
          return refuse("VALIDATION");
        }
        return new MachineModel(InternshipStatus.IN_PROGRESS, mentorChosen, step.newIntern, accepted, funded, false,
            unsubmit(), help, "OK");
      }
      case TAKEOVER -> {
        if (!mentorChosen) {
          return refuse("NOT_PERMITTED");
        }
        if (!(working || status == InternshipStatus.AWAITING_INTERN) || tookOver) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return new MachineModel(InternshipStatus.IN_PROGRESS, mentorChosen, null, accepted, funded, true, unsubmit(),
            help, "OK");
      }
      case CANCEL -> {
        if (!(beforeWork() || working || status == InternshipStatus.FINAL_REVIEW
            || status == InternshipStatus.DELIVERED || status == InternshipStatus.AWAITING_INTERN)) {
          return refuse("ILLEGAL_TRANSITION");
        }
        return ended(InternshipStatus.CANCELLED);
      }
      case DISPUTE -> {
        return working || status == InternshipStatus.FINAL_REVIEW || status == InternshipStatus.DELIVERED
            ? with(InternshipStatus.DISPUTED) : refuse("ILLEGAL_TRANSITION");
      }
      case SETTLE -> {
        return status == InternshipStatus.DISPUTED ? ended(InternshipStatus.SETTLED) : refuse("ILLEGAL_TRANSITION");
      }
    }
    throw new IllegalStateException("unhandled " + step);
  }

  private boolean beforeWork() {
    return status == InternshipStatus.POSTED || status == InternshipStatus.MENTOR_CHOSEN
        || status == InternshipStatus.PLANNED;
  }

  private boolean allApproved() {
    return !milestones.isEmpty() && milestones.stream().allMatch(m -> m == MilestoneStatus.APPROVED);
  }

  private MachineModel refuse(String code) {
    return new MachineModel(status, mentorChosen, intern, accepted, funded, tookOver, milestones, help, code);
  }

  private MachineModel with(InternshipStatus next) {
    return new MachineModel(next, mentorChosen, intern, accepted, funded, tookOver, milestones, help, "OK");
  }

  private MachineModel mentor() {
    return new MachineModel(status, true, intern, accepted, funded, tookOver, milestones, help, outcome);
  }

  private MachineModel milestone(int index, MilestoneStatus next) {
    List<MilestoneStatus> ms = new ArrayList<>(milestones);
    ms.set(index, next);
    return new MachineModel(status, mentorChosen, intern, accepted, funded, tookOver, ms, help, "OK");
  }

  private MachineModel help(String id, HelpStatus next) {
    Map<String, HelpStatus> h = new TreeMap<>(help);
    h.put(id, next);
    return new MachineModel(status, mentorChosen, intern, accepted, funded, tookOver, milestones, h, "OK");
  }

  private List<MilestoneStatus> unsubmit() {
    return milestones.stream().map(m -> m == MilestoneStatus.SUBMITTED ? MilestoneStatus.PLANNED : m).toList();
  }

  private MachineModel ended(InternshipStatus end) {
    List<MilestoneStatus> ms = milestones.stream()
        .map(m -> m == MilestoneStatus.APPROVED ? m : MilestoneStatus.CANCELLED).toList();
    return new MachineModel(end, mentorChosen, intern, accepted, funded, tookOver, ms, help, "OK");
  }

  /** One generated command. */
  record Step(Kind kind, int index, String help, String newIntern) {
    enum Kind {
      POST, CHOOSE_MENTOR, PROPOSE_PLAN, ASSIGN, ACCEPT, FUND, SUBMIT, REQUEST_CHANGES, APPROVE, ASK, ANSWER, RESOLVE,
      SUBMIT_FINAL, DELIVER, ACCEPT_DELIVERY, REJECT_DELIVERY, WITHDRAW, REPLACE, TAKEOVER, CANCEL, DISPUTE, SETTLE
    }

    @Override
    public String toString() {
      return kind + switch (kind) {
        case SUBMIT, REQUEST_CHANGES, APPROVE -> "(m" + (index + 1) + ")";
        case ASK, ANSWER, RESOLVE -> "(" + help + ")";
        case REPLACE -> "(" + newIntern + ")";
        default -> "";
      };
    }
  }
}
