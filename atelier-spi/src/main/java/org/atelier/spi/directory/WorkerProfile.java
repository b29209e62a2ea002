package org.atelier.spi.directory;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A marketplace worker as the host knows them: what they can do and when.
 *
 * @param id the worker's id
 * @param skills skill name to level, 1 (novice) to 5 (expert)
 * @param wantsToLearn the skills the worker wants to learn
 * @param rating the marketplace rating, 0 to 5
 * @param hoursPerWeek the hours a week the worker is available
 * @param capacity how many internships the worker can take at once (mentors)
 * @since 0.1
 */
public record WorkerProfile(
    String id, Map<String, Integer> skills, Set<String> wantsToLearn, double rating, int hoursPerWeek, int capacity) {
  /**
   * Checks and copies the parts.
   *
   * @param id the id
   * @param skills the skills
   * @param wantsToLearn the skills wanted
   * @param rating the rating
   * @param hoursPerWeek the weekly hours
   * @param capacity the capacity
   * @throws IllegalArgumentException if a level is outside 1..5, the rating outside 0..5,
   *     or hours or capacity negative
   */
  public WorkerProfile {
    Objects.requireNonNull(id, "id");
    skills = Map.copyOf(skills);
    wantsToLearn = Set.copyOf(wantsToLearn);
    skills.forEach((skill, level) -> {
      if (level < 1 || level > 5) {
        throw new IllegalArgumentException("worker " + id + ": skill " + skill + " level must be 1..5, got " + level);
      }
    });
    if (!(rating >= 0 && rating <= 5)) {
      throw new IllegalArgumentException("worker " + id + ": rating must be 0..5, got " + rating);
    }
    if (hoursPerWeek < 0 || capacity < 0) {
      throw new IllegalArgumentException("worker " + id + ": hours and capacity must be >= 0");
    }
  }
}
