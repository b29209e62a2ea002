package org.atelier.core.matching.internal;

import java.util.Map;
import org.atelier.core.AtelierException;

/**
 * The checks {@code MatchingProblemBuilder} runs on each entry before it records it: a new
 * id, a lookup of an id, an index in range. Each refuses with {@link AtelierException}
 * {@code VALIDATION} naming the side, the entry and what would have been accepted, so a
 * refused builder call changes nothing. All O(1).
 */
public final class EntryValidation {
  private EntryValidation() {}

  /**
   * Checks a person about to be added.
   *
   * @param side {@code "intern"} or {@code "mentor"}
   * @param id the new id
   * @param index the side's ids added so far
   * @param capacity the new person's capacity
   * @throws AtelierException {@code VALIDATION} for a blank or duplicate id or a negative capacity
   */
  public static void checkNew(String side, String id, Map<String, Integer> index, int capacity) {
    if (id.isBlank()) {
      throw AtelierException.validation("an " + side + " id must not be blank");
    }
    if (index.containsKey(id)) {
      throw AtelierException.validation("duplicate " + side + " id \"" + id + "\"; ids are unique per side");
    }
    if (capacity < 0) {
      throw AtelierException.validation(side + " \"" + id + "\": capacity must be a whole number >= 0, got " + capacity);
    }
  }

  /**
   * The index of an id that must have been added.
   *
   * @param side {@code "intern"} or {@code "mentor"}
   * @param id the id
   * @param index the side's ids added so far
   * @return the id's index
   * @throws AtelierException {@code VALIDATION} for an unknown id
   */
  public static int lookup(String side, String id, Map<String, Integer> index) {
    return lookup(side, id, index, "");
  }

  /**
   * The index of an id that must have been added, saying where it was referred to.
   *
   * @param side {@code "intern"} or {@code "mentor"}
   * @param id the id
   * @param index the side's ids added so far
   * @param where where the id was referred to, for the message; empty for nowhere in particular
   * @return the id's index
   * @throws AtelierException {@code VALIDATION} for an unknown id
   */
  public static int lookup(String side, String id, Map<String, Integer> index, String where) {
    Integer i = index.get(id);
    if (i == null) {
      throw AtelierException.validation("unknown " + side + " \"" + id + "\"" + (where.isEmpty() ? "" : " " + where)
          + "; add every " + side + " before referring to it");
    }
    return i;
  }

  /**
   * Checks an index into one side.
   *
   * @param side {@code "intern"} or {@code "mentor"}
   * @param index the index
   * @param count how many the side has
   * @throws AtelierException {@code VALIDATION} unless {@code 0 <= index < count}
   */
  public static void checkIndex(String side, int index, int count) {
    if (index < 0 || index >= count) {
      throw AtelierException.validation(side + " index " + index + " is out of range; expected 0.." + (count - 1));
    }
  }
}
