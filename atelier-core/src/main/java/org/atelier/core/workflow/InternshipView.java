package org.atelier.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.core.model.HelpRequestId;
import org.atelier.core.model.MilestoneId;
import org.atelier.core.model.PersonId;
import org.atelier.core.model.Skill;
import org.atelier.core.model.Task;
import org.atelier.core.model.TaskId;
import org.atelier.spi.Money;
import org.jspecify.annotations.Nullable;

/**
 * An internship as it stands after its last event: what a host shows and what the
 * scenario runner prints.
 *
 * @param task the task (with the current deadline)
 * @param status the internship's status
 * @param mentor the chosen mentor, or {@code null}
 * @param intern the current intern, or {@code null} (none yet, withdrawn, or the mentor took over)
 * @param formerInterns interns who left, in order
 * @param mentorTookOver whether the mentor took over the remaining work
 * @param planVersion the current plan version, 0 before the first proposal
 * @param acceptedPlanVersion the plan version the current intern accepted, 0 if none
 * @param escrowFunded whether the requester funded escrow
 * @param escrowBalance what escrow holds now
 * @param milestones the milestones in plan order
 * @param help the help requests in the order they were asked
 * @param endorsedSkills the skills the mentor endorsed
 * @param version the stream version this view reflects
 * @since 0.1
 */
public record InternshipView(Task task, InternshipStatus status, @Nullable PersonId mentor, @Nullable PersonId intern,
    List<PersonId> formerInterns, boolean mentorTookOver, int planVersion, int acceptedPlanVersion,
    boolean escrowFunded, Money escrowBalance, List<MilestoneView> milestones, List<HelpRequestView> help,
    List<Skill> endorsedSkills, long version) {
  /**
   * Checks and copies the parts.
   *
   * @param task the task
   * @param status the status
   * @param mentor the mentor, or {@code null}
   * @param intern the intern, or {@code null}
   * @param formerInterns the former interns
   * @param mentorTookOver whether the mentor took over
   * @param planVersion the plan version
   * @param acceptedPlanVersion the accepted version
   * @param escrowFunded whether funded
   * @param escrowBalance the escrow balance
   * @param milestones the milestones
   * @param help the help requests
   * @param endorsedSkills the endorsed skills
   * @param version the stream version
   */
  public InternshipView {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(escrowBalance, "escrowBalance");
    formerInterns = List.copyOf(formerInterns);
    milestones = List.copyOf(milestones);
    help = List.copyOf(help);
    endorsedSkills = List.copyOf(endorsedSkills);
  }

  /**
   * The task's id.
   *
   * @return the id
   */
  public TaskId id() {
    return task.id();
  }

  /**
   * A milestone by id.
   *
   * @param id the id
   * @return the milestone, if the plan has it
   */
  public Optional<MilestoneView> milestone(MilestoneId id) {
    return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * A help request by id.
   *
   * @param id the id
   * @return the help request, if it exists
   */
  public Optional<HelpRequestView> helpRequest(HelpRequestId id) {
    return help.stream().filter(h -> h.id().equals(id)).findFirst();
  }
}
