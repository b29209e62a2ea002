package org.atelier.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atelier.core.AtelierException;

/** Checks shared by every holder of a skill list: names are unique, order is by name. */
final class SkillSet {
  private SkillSet() {}

  static List<Skill> sortedUnique(String owner, List<Skill> skills) {
    Set<String> seen = new HashSet<>();
    for (Skill skill : skills) {
      if (!seen.add(skill.name())) {
        throw AtelierException.validation(owner + ": skill " + skill.name() + " is listed twice; expected each skill once");
      }
    }
    return skills.stream().sorted().toList();
  }
}
