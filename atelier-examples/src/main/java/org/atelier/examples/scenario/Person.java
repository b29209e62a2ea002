package org.atelier.examples.scenario;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of {@code people}.
 *
 * @param id the id that steps name in {@code as}, {@code mentor} and {@code intern}
 * @param role the person's role
 * @param skills skill name to level, sorted by name
 * @param rating extension: a mentor's rating from 0 to 5, for recommendations
 * @param hoursPerWeek extension: the hours a week the person can give, for recommendations
 */
public record Person(String id, PersonRole role, SortedMap<String, Integer> skills, double rating, int hoursPerWeek) {

  /** The rating of a person whose file gives none. */
  public static final double DEFAULT_RATING = 3.0;
  /** The hours a week of a person whose file gives none. */
  public static final int DEFAULT_HOURS = 40;

  /**
   * Copies the skills.
   *
   * @param id the person's id
   * @param role the person's role
   * @param skills skill name to level
   * @param rating the rating, 0 to 5
   * @param hoursPerWeek the hours a week, 0 to 168
   */
  public Person {
    skills = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(skills));
  }

  /**
   * A person with skills given in any map.
   *
   * @param id the person's id
   * @param role the person's role
   * @param skills skill name to level
   * @return the person
   */
  public static Person of(String id, PersonRole role, Map<String, Integer> skills) {
    return new Person(id, role, new TreeMap<>(skills), DEFAULT_RATING, DEFAULT_HOURS);
  }
}
