package org.atelier.core.workflow;

import static org.atelier.core.workflow.Command.*;
import static org.atelier.core.workflow.InternshipStatus.*;
import static org.atelier.core.workflow.TimeRule.*;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The three state machines of a micro-internship, each one table: the internship, its
 * milestones and its help requests. These tables are the single source of truth for what
 * each command does to each status.
 *
 * <p>A command that concerns a milestone or a help request must fit both the internship's
 * table (in its current status) and the milestone's or help request's table.
 *
 * @since 0.1
 */
public final class StateMachines {
  private static final TransitionTable<InternshipStatus> INTERNSHIP = internshipTable();
  private static final TransitionTable<MilestoneStatus> MILESTONE = milestoneTable();
  private static final TransitionTable<HelpStatus> HELP = helpTable();

  private StateMachines() {}

  /**
   * The internship's machine.
   *
   * @return the table
   */
  public static TransitionTable<InternshipStatus> internship() {
    return INTERNSHIP;
  }

  /**
   * The milestone's machine. Its rows for {@code cancel}, {@code resolveDispute},
   * {@code withdrawIntern}, {@code replaceIntern} and {@code mentorTakeover} apply to every
   * milestone of the internship at once.
   *
   * @return the table
   */
  public static TransitionTable<MilestoneStatus> milestone() {
    return MILESTONE;
  }

  /**
   * The help request's machine.
   *
   * @return the table
   */
  public static TransitionTable<HelpStatus> help() {
    return HELP;
  }

  private static TransitionTable<InternshipStatus> internshipTable() {
    Rows<InternshipStatus> t = new Rows<>();
    t.add(null, POST_TASK, POSTED);
    t.add(POSTED, CHOOSE_MENTOR, MENTOR_CHOSEN);
    t.add(MENTOR_CHOSEN, PROPOSE_PLAN, PLANNED);
    t.add(PLANNED, PROPOSE_PLAN, PLANNED);
    t.loops(ASSIGN_INTERN, POSTED, MENTOR_CHOSEN, PLANNED);
    t.add(PLANNED, ACCEPT_PLAN, Guard.ESCROW_FUNDED, IN_PROGRESS);
    t.add(PLANNED, ACCEPT_PLAN, Guard.ESCROW_NOT_FUNDED, PLANNED);
    t.loops(FUND_ESCROW, POSTED, MENTOR_CHOSEN);
    t.add(PLANNED, FUND_ESCROW, Guard.PLAN_ACCEPTED, IN_PROGRESS);
    t.add(PLANNED, FUND_ESCROW, Guard.PLAN_NOT_ACCEPTED, PLANNED);
    t.loops(SUBMIT_MILESTONE, IN_PROGRESS);
    t.loops(REQUEST_CHANGES, IN_PROGRESS);
    t.loops(APPROVE_MILESTONE, IN_PROGRESS);
    t.loops(REVIEW_TIMEOUT, IN_PROGRESS);
    t.loops(ASK_FOR_HELP, IN_PROGRESS, FINAL_REVIEW);
    t.loops(ANSWER_HELP, IN_PROGRESS, FINAL_REVIEW);
    t.loops(RESOLVE_HELP, IN_PROGRESS, FINAL_REVIEW);
    t.loops(HELP_ESCALATION, IN_PROGRESS, FINAL_REVIEW);
    t.loops(STALL_NUDGE, IN_PROGRESS);
    t.loops(MILESTONE_OVERDUE, IN_PROGRESS);
    t.add(IN_PROGRESS, SUBMIT_FINAL, FINAL_REVIEW);
    t.add(FINAL_REVIEW, DELIVER_TO_REQUESTER, DELIVERED);
    t.add(IN_PROGRESS, DELIVER_TO_REQUESTER, Guard.MENTOR_TOOK_OVER, DELIVERED);
    t.add(DELIVERED, ACCEPT_DELIVERY, COMPLETED);
    t.add(DELIVERED, ACCEPTANCE_TIMEOUT, COMPLETED);
    t.add(DELIVERED, REJECT_DELIVERY, IN_PROGRESS);
    t.loops(EXTEND, POSTED, MENTOR_CHOSEN, PLANNED, IN_PROGRESS, FINAL_REVIEW, DELIVERED, AWAITING_INTERN);
    t.loops(WITHDRAW_INTERN, POSTED, MENTOR_CHOSEN, PLANNED);
    t.add(IN_PROGRESS, WITHDRAW_INTERN, AWAITING_INTERN);
    t.add(AWAITING_INTERN, REPLACE_INTERN, IN_PROGRESS);
    t.add(IN_PROGRESS, REPLACE_INTERN, IN_PROGRESS);
    t.add(AWAITING_INTERN, MENTOR_TAKEOVER, IN_PROGRESS);
    t.add(IN_PROGRESS, MENTOR_TAKEOVER, IN_PROGRESS);
    for (InternshipStatus s : List.of(POSTED, MENTOR_CHOSEN, PLANNED, IN_PROGRESS, FINAL_REVIEW, DELIVERED,
        AWAITING_INTERN)) {
      t.add(s, CANCEL, CANCELLED);
    }
    for (InternshipStatus s : List.of(IN_PROGRESS, FINAL_REVIEW, DELIVERED)) {
      t.add(s, OPEN_DISPUTE, DISPUTED);
    }
    t.add(DISPUTED, RESOLVE_DISPUTE, SETTLED);
    t.loops(ENDORSE_SKILLS, DELIVERED, COMPLETED);
    return new TransitionTable<>("internship", InternshipStatus.class, t.rows);
  }

  private static TransitionTable<MilestoneStatus> milestoneTable() {
    Rows<MilestoneStatus> t = new Rows<>();
    t.add(null, PROPOSE_PLAN, MilestoneStatus.PLANNED);
    t.add(MilestoneStatus.PLANNED, SUBMIT_MILESTONE, MilestoneStatus.SUBMITTED);
    t.add(MilestoneStatus.CHANGES_REQUESTED, SUBMIT_MILESTONE, MilestoneStatus.SUBMITTED);
    t.add(MilestoneStatus.SUBMITTED, REQUEST_CHANGES, MilestoneStatus.CHANGES_REQUESTED);
    t.add(MilestoneStatus.SUBMITTED, APPROVE_MILESTONE, MilestoneStatus.APPROVED);
    t.add(MilestoneStatus.SUBMITTED, REVIEW_TIMEOUT, MilestoneStatus.APPROVED);
    t.add(MilestoneStatus.PLANNED, APPROVE_MILESTONE, Guard.MENTOR_TOOK_OVER, MilestoneStatus.APPROVED);
    t.add(MilestoneStatus.CHANGES_REQUESTED, APPROVE_MILESTONE, Guard.MENTOR_TOOK_OVER, MilestoneStatus.APPROVED);
    t.loops(MILESTONE_OVERDUE, MilestoneStatus.PLANNED, MilestoneStatus.CHANGES_REQUESTED);
    for (Command intern : List.of(WITHDRAW_INTERN, REPLACE_INTERN, MENTOR_TAKEOVER)) {
      t.add(MilestoneStatus.SUBMITTED, intern, MilestoneStatus.PLANNED);
    }
    for (Command end : List.of(CANCEL, RESOLVE_DISPUTE)) {
      for (MilestoneStatus s : List.of(MilestoneStatus.PLANNED, MilestoneStatus.SUBMITTED,
          MilestoneStatus.CHANGES_REQUESTED)) {
        t.add(s, end, MilestoneStatus.CANCELLED);
      }
    }
    return new TransitionTable<>("milestone", MilestoneStatus.class, t.rows);
  }

  private static TransitionTable<HelpStatus> helpTable() {
    Rows<HelpStatus> t = new Rows<>();
    t.add(null, ASK_FOR_HELP, HelpStatus.OPEN);
    t.add(HelpStatus.OPEN, ANSWER_HELP, HelpStatus.ANSWERED);
    t.add(HelpStatus.OPEN, HELP_ESCALATION, HelpStatus.ESCALATED);
    t.add(HelpStatus.ESCALATED, ANSWER_HELP, HelpStatus.ANSWERED);
    for (HelpStatus s : List.of(HelpStatus.OPEN, HelpStatus.ANSWERED, HelpStatus.ESCALATED)) {
      t.add(s, RESOLVE_HELP, HelpStatus.RESOLVED);
    }
    return new TransitionTable<>("help request", HelpStatus.class, t.rows);
  }

  /** Collects rows while a table is written down. */
  private static final class Rows<S extends Enum<S>> {
    final List<Transition<S>> rows = new ArrayList<>();

    void add(@Nullable S from, Trigger trigger, S to) {
      rows.add(new Transition<>(from, trigger, Guard.ALWAYS, to));
    }

    void add(S from, Trigger trigger, Guard guard, S to) {
      rows.add(new Transition<>(from, trigger, guard, to));
    }

    @SafeVarargs
    final void loops(Trigger trigger, S... states) {
      for (S s : states) {
        rows.add(new Transition<>(s, trigger, Guard.ALWAYS, s));
      }
    }
  }
}
