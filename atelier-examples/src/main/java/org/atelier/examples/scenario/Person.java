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
 */
public record Person(String id, PersonRole role, SortedMap<String, Integer> skills) {

  /**
   * Copies the skills.
   *
   * @param id the person's id
   * @param role the person's role
   * @param skills skill name to level
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
    return new Person(id, role, new TreeMap<>(skills));
  }
}
