package org.atelier.core.model;

import java.util.List;
import java.util.Objects;
import org.atelier.core.AtelierException;

/**
 * A mentor as matching and planning see them.
 *
 * @param id the mentor
 * @param skills what they master, each skill once, sorted by name
 * @param rating the marketplace rating in tenths, 0 to 50 (a whole number: no floating point)
 * @param capacity how many internships they can mentor at once, {@code >= 0}
 * @param hoursPerWeek the hours a week they can give, {@code >= 0}
 * @since 0.1
 */
public record MentorProfile(PersonId id, List<Skill> skills, int rating, int capacity, int hoursPerWeek) {
  /**
   * Checks the parts.
   *
   * @param id the mentor
   * @param skills the skills
   * @param rating the rating in tenths
   * @param capacity the capacity
   * @param hoursPerWeek the availability
   * @throws AtelierException with code {@code VALIDATION} for a skill listed twice, a rating
   *     outside 0..50 or a negative capacity or availability
   */
  public MentorProfile {
    Objects.requireNonNull(id, "id");
    skills = SkillSet.sortedUnique("mentor " + id, skills);
    ProfileChecks.check("mentor " + id, rating, capacity, hoursPerWeek);
  }
}
