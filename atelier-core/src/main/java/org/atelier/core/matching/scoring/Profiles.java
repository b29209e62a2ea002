package org.atelier.core.matching.scoring;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Shared checks of the profile records. */
final class Profiles {
  private Profiles() {}

  static Map<String, Integer> levels(String owner, Map<String, Integer> skills, int minLevel) {
    TreeMap<String, Integer> copy = new TreeMap<>();
    skills.forEach((skill, level) -> {
      if (level < minLevel || level > 10) {
        throw new IllegalArgumentException(owner + ": skill \"" + skill + "\" needs a level in "
            + minLevel + "..10, got " + level);
      }
      copy.put(skill, level);
    });
    return Collections.unmodifiableMap(copy);
  }
}
