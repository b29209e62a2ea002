package org.atelier.core.model;

import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;

/**
 * An intern as matching and planning see them.
 *
 * @param id the intern
 * @param skills what they can do now, each skill once, sorted by name
 * @param wantsToLearn the skills they want to learn, sorted, without repeats
 * @param rating the marketplace rating in tenths, 0 to 50
 * @param capacity how many internships they take at once, {@code >= 0}
 * @param hoursPerWeek the hours a week they can give, {@code >= 0}
 * @since 0.1
 */
public record InternProfile(
    PersonId id, List<Skill> skills, List<String> wantsToLearn, int rating, int capacity, int hoursPerWeek) {
  /**
   * Checks the parts.
   *
   * @param id the intern
   * @param skills the skills
   * @param wantsToLearn the skills wanted
   * @param rating the rating in tenths
   * @param capacity the capacity
   * @param hoursPerWeek the availability
   * @throws AtelierException with code {@code VALIDATION} for a skill listed twice, a rating
   *     outside 0..50 or a negative capacity or availability
   */
  public InternProfile {
    Objects.requireNonNull(id, "id");
    skills = SkillSet.sortedUnique("intern " + id, skills);
    wantsToLearn = wantsToLearn.stream().distinct().sorted().toList();
    ProfileChecks.check("intern " + id, rating, capacity, hoursPerWeek);
  }
}
