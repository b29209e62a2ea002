package org.atelier.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.atelier.core.AtelierException;

/**
 * A named skill at a level from 1 (novice) to 5 (expert).
 *
 * @param name the skill, such as {@code java}; not blank
 * @param level 1 to 5
 * @since 0.1
 */
public record Skill(String name, int level) implements Comparable<Skill> {
  /** The lowest level. */
  public static final int MIN_LEVEL = 1;
  /** The highest level. */
  public static final int MAX_LEVEL = 5;

  /**
   * Checks the parts.
   *
   * @param name the skill
   * @param level the level
   * @throws AtelierException with code {@code VALIDATION} if the name is blank or the level outside 1..5
   */
  public Skill {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw AtelierException.validation("skill name must not be blank; expected a name such as \"java\"");
    }
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw AtelierException.validation(
          "skill " + name + ": level must be " + MIN_LEVEL + " to " + MAX_LEVEL + ", got " + level);
    }
  }

  /**
   * A skill from plain values.
   *
   * @param name the skill
   * @param level 1 to 5
   * @return the skill
   */
  public static Skill of(String name, int level) {
    return new Skill(name, level);
  }

  /**
   * Skills from a name-to-level map, ordered by name so that output is deterministic.
   *
   * @param levels skill name to level
   * @return the skills, sorted by name
   * @throws AtelierException with code {@code VALIDATION} for a bad name or level
   */
  public static List<Skill> fromMap(Map<String, Integer> levels) {
    List<Skill> skills = new ArrayList<>();
    new TreeMap<>(levels).forEach((name, level) -> skills.add(new Skill(name, level)));
    return List.copyOf(skills);
  }

  /**
   * Orders by name, then level.
   *
   * @param other another skill
   * @return the comparison
   */
  @Override
  public int compareTo(Skill other) {
    int byName = name.compareTo(other.name);
    return byName != 0 ? byName : Integer.compare(level, other.level);
  }
}
