package org.atelier.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.atelier.core.matching.scoring.MentorProfile;
import org.atelier.core.matching.scoring.MentorRecommendations;
import org.atelier.core.matching.scoring.SkillFitWeights;
import org.atelier.core.matching.scoring.TaskProfile;
import org.atelier.examples.scenario.CommandStep;
import org.atelier.examples.scenario.PersonRole;
import org.atelier.examples.scenario.Scenario;
import org.atelier.examples.scenario.ScenarioCommand;
import org.atelier.examples.scenario.StepArguments;
import org.atelier.examples.scenario.StepField;
import org.atelier.examples.text.English;

/**
 * The first step of the paper for the demo: the mentors the library recommends for the
 * scenario's first task, with their reasons, and the one the requester then chooses.
 */
final class MentorChoice {

  private static final int TOP = 3;

  private MentorChoice() {}

  /**
   * The lines that show the recommendations.
   *
   * @param scenario a scenario whose steps post a task and choose its mentor
   * @return the lines, without indentation; empty when the scenario posts no task
   */
  static List<String> lines(Scenario scenario) {
    CommandStep post = first(scenario, ScenarioCommand.POST_TASK);
    if (post == null) {
      return List.of();
    }
    String task = StepArguments.required(post.arguments().task(), StepField.TASK);
    List<MentorProfile> mentors = scenario.people().stream()
        .filter(p -> p.role() == PersonRole.MENTOR)
        .map(p -> new MentorProfile(p.id(), 1, p.skills(), p.rating(), p.hoursPerWeek(), 0))
        .toList();
    List<MentorRecommendations.Recommendation> top = new MentorRecommendations(SkillFitWeights.defaults())
        .recommend(new TaskProfile(task, "", StepArguments.required(post.arguments().skills(), StepField.SKILLS)),
            mentors, TOP);
    List<String> lines = new ArrayList<>();
    lines.add("Recommended mentors for " + task + " (skill fit, availability, rating, load; of "
        + English.count(mentors.size(), "mentor", "mentors") + ", those who cover every required skill):");
    for (int i = 0; i < top.size(); i++) {
      MentorRecommendations.Recommendation r = top.get(i);
      lines.add(String.format(Locale.ROOT, "  %d. %s  score %.2f: %s", i + 1, r.mentor(), r.score(),
          String.join("; ", r.reasons())));
    }
    java.util.Map<String, Integer> needs = post.arguments().skills();
    for (MentorProfile m : mentors) {
      if (top.stream().noneMatch(r -> r.mentor().equals(m.id()))) {
        String missing = needs == null ? "" : needs.entrySet().stream()
            .filter(e -> m.skills().getOrDefault(e.getKey(), 0) < e.getValue())
            .map(e -> e.getKey() + " " + m.skills().getOrDefault(e.getKey(), 0) + " of " + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "));
        lines.add("  not recommended: " + m.id() + (missing.isEmpty() ? " (outside the top " + TOP + ")"
            : " (below the task's level in " + missing + ")"));
      }
    }
    CommandStep choose = first(scenario, ScenarioCommand.CHOOSE_MENTOR);
    if (choose != null) {
      String chosen = StepArguments.required(choose.arguments().mentor(), StepField.MENTOR);
      boolean isTop = !top.isEmpty() && top.get(0).mentor().equals(chosen);
      lines.add(choose.actor() + " chooses " + chosen + (isTop ? ", the top recommendation." : "."));
    }
    return lines;
  }

  private static @org.jspecify.annotations.Nullable CommandStep first(Scenario scenario, ScenarioCommand command) {
    return scenario.steps().stream()
        .filter(s -> s instanceof CommandStep c && c.command() == command)
        .map(CommandStep.class::cast)
        .findFirst().orElse(null);
  }
}
