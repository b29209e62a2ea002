package org.atelier.core.matching.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * A mentor as matching sees it.
 *
 * @param id the mentor's id
 * @param capacity how many interns the mentor can take at once, at least 0
 * @param skills skill to level (0..10), sorted by skill name
 * @param rating the mean review rating in [0, 5]
 * @param hoursPerWeek hours available for mentoring each week, at least 0
 * @param activeInterns interns the mentor already supervises elsewhere, at least 0
 * @since 0.1
 */
public record MentorProfile(String id, int capacity, Map<String, Integer> skills, double rating,
    int hoursPerWeek, int activeInterns) {
  /** The rating assumed when a mentor has none yet. */
  public static final double DEFAULT_RATING = 3.0;
  /** The hours assumed when a profile states none: a full working week. */
  public static final int DEFAULT_HOURS = 40;

  /**
   * Checks and copies the fields.
   *
   * @param id the mentor's id
   * @param capacity at least 0
   * @param skills skill to level in 0..10
   * @param rating in [0, 5]
   * @param hoursPerWeek at least 0
   * @param activeInterns at least 0
   * @throws IllegalArgumentException for a value out of range
   */
  public MentorProfile {
    Objects.requireNonNull(id, "id");
    skills = Profiles.levels("mentor \"" + id + "\"", skills, 0);
    if (capacity < 0 || hoursPerWeek < 0 || activeInterns < 0) {
      throw new IllegalArgumentException("mentor \"" + id + "\": capacity, hoursPerWeek and activeInterns must be >= 0");
    }
    if (!(rating >= 0 && rating <= 5)) {
      throw new IllegalArgumentException("mentor \"" + id + "\": rating must be in [0, 5], got " + rating);
    }
  }
}
