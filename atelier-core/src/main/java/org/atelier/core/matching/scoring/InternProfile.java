package org.atelier.core.matching.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An intern as matching sees it.
 *
 * @param id the intern's id
 * @param capacity how many mentors the intern may have at once, at least 0
 * @param skills skill to current level (0..10), sorted by skill name
 * @param wants the skills the intern wants to learn
 * @param hoursPerWeek hours available each week, at least 0
 * @since 0.1
 */
public record InternProfile(String id, int capacity, Map<String, Integer> skills, List<String> wants, int hoursPerWeek) {
  /**
   * Checks and copies the fields.
   *
   * @param id the intern's id
   * @param capacity at least 0
   * @param skills skill to level in 0..10
   * @param wants wanted skills
   * @param hoursPerWeek at least 0
   * @throws IllegalArgumentException for a value out of range
   */
  public InternProfile {
    Objects.requireNonNull(id, "id");
    skills = Profiles.levels("intern \"" + id + "\"", skills, 0);
    wants = List.copyOf(wants);
    if (capacity < 0 || hoursPerWeek < 0) {
      throw new IllegalArgumentException("intern \"" + id + "\": capacity and hoursPerWeek must be >= 0");
    }
  }
}
