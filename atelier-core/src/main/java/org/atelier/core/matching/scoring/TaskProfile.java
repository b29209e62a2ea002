package org.atelier.core.matching.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A task as matching sees it: who mentors it and the skills it needs, each at a level.
 *
 * @param id the task's id
 * @param mentor the id of the mentor who supervises it
 * @param skills required skill to level (1..10), sorted by skill name
 * @since 0.1
 */
public record TaskProfile(String id, String mentor, Map<String, Integer> skills) {
  /**
   * Checks and copies the fields.
   *
   * @param id the task's id
   * @param mentor the mentor's id
   * @param skills required skill to level, each level at least 1
   * @throws IllegalArgumentException for a level below 1
   */
  public TaskProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mentor, "mentor");
    skills = Profiles.levels("task \"" + id + "\"", skills, 1);
  }
}
