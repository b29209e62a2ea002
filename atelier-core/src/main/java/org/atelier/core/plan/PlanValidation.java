package org.atelier.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.core.AtelierException;
import org.atelier.core.model.MilestoneId;

/**
 * The rules a plan must keep. Each refusal is a {@code VALIDATION} {@link AtelierException}
 * whose message names the offending milestone and what would have been accepted. The rules
 * are checked in this order, and within a rule in plan order, so that the same plan always
 * gets the same message:
 *
 * <ol>
 *   <li>at least one milestone, each id once;
 *   <li>every dependency names a milestone of the plan;
 *   <li>the dependencies have no cycle;
 *   <li>the shares add up to exactly 100 percent;
 *   <li>no milestone is due after the task's deadline;
 *   <li>no milestone is due before a milestone it depends on.
 * </ol>
 *
 * <p>Complexity: O(n + e) for n milestones and e dependencies.
 *
 * @since 0.1
 */
public final class PlanValidation {
  /** The whole that shares add up to. */
  public static final int WHOLE_PERCENT = 100;

  private PlanValidation() {}

  /**
   * Checks milestones against the rules.
   *
   * @param milestones the milestones, in plan order
   * @param deadline the task's deadline
   * @throws AtelierException with code {@code VALIDATION} at the first broken rule
   */
  public static void check(List<MilestoneSpec> milestones, Instant deadline) {
    if (milestones.isEmpty()) {
      throw AtelierException.validation("a plan needs at least one milestone");
    }
    Map<MilestoneId, MilestoneSpec> byId = new LinkedHashMap<>();
    for (MilestoneSpec m : milestones) {
      if (byId.putIfAbsent(m.id(), m) != null) {
        throw AtelierException.validation("milestone " + m.id() + " is listed twice; expected each id once");
      }
    }
    for (MilestoneSpec m : milestones) {
      for (MilestoneId dependency : m.dependsOn()) {
        if (!byId.containsKey(dependency)) {
          throw AtelierException.validation("milestone " + m.id() + " depends on unknown milestone " + dependency
              + "; expected one of " + joined(byId.keySet()));
        }
      }
    }
    checkAcyclic(milestones, byId);
    int total = milestones.stream().mapToInt(MilestoneSpec::share).sum();
    if (total != WHOLE_PERCENT) {
      MilestoneSpec last = milestones.get(milestones.size() - 1);
      throw AtelierException.validation("milestone shares add up to " + total + " percent ("
          + milestones.stream().map(m -> m.id() + "=" + m.share()).collect(Collectors.joining(", "))
          + "); expected 100, for example milestone " + last.id() + " with share "
          + (last.share() + WHOLE_PERCENT - total));
    }
    for (MilestoneSpec m : milestones) {
      if (m.due().isAfter(deadline)) {
        throw AtelierException.validation("milestone " + m.id() + " is due " + m.due()
            + ", after the task deadline " + deadline + "; expected a due date on or before it");
      }
    }
    for (MilestoneSpec m : milestones) {
      for (MilestoneId dependency : m.dependsOn()) {
        MilestoneSpec before = byId.get(dependency);
        if (m.due().isBefore(before.due())) {
          throw AtelierException.validation("milestone " + m.id() + " is due " + m.due() + ", before milestone "
              + dependency + " it depends on (due " + before.due() + "); expected a due date on or after it");
        }
      }
    }
  }

  private static void checkAcyclic(List<MilestoneSpec> milestones, Map<MilestoneId, MilestoneSpec> byId) {
    Set<MilestoneId> done = new HashSet<>();
    for (MilestoneSpec start : milestones) {
      List<MilestoneId> path = new ArrayList<>();
      Map<MilestoneId, Integer> onPath = new HashMap<>();
      visit(start.id(), byId, done, path, onPath);
    }
  }

  private static void visit(MilestoneId id, Map<MilestoneId, MilestoneSpec> byId, Set<MilestoneId> done,
      List<MilestoneId> path, Map<MilestoneId, Integer> onPath) {
    if (done.contains(id)) {
      return;
    }
    Integer at = onPath.get(id);
    if (at != null) {
      List<MilestoneId> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(id);
      throw AtelierException.validation("milestone " + id + " is in a dependency cycle "
          + cycle.stream().map(MilestoneId::value).collect(Collectors.joining(" -> "))
          + "; expected dependencies that form no cycle");
    }
    onPath.put(id, path.size());
    path.add(id);
    for (MilestoneId next : byId.get(id).dependsOn()) {
      visit(next, byId, done, path, onPath);
    }
    path.remove(path.size() - 1);
    onPath.remove(id);
    done.add(id);
  }

  private static String joined(Set<MilestoneId> ids) {
    return ids.stream().map(MilestoneId::value).collect(Collectors.joining(", "));
  }
}
