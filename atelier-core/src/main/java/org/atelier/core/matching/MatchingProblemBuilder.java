package org.atelier.core.matching;

import static org.atelier.core.matching.internal.EntryValidation.checkIndex;
import static org.atelier.core.matching.internal.EntryValidation.checkNew;
import static org.atelier.core.matching.internal.EntryValidation.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atelier.core.AtelierException;
import org.atelier.core.matching.internal.ForbiddenPairs;
import org.atelier.core.matching.internal.PairWeights;
import org.atelier.core.matching.internal.PreferenceListCheck;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link MatchingProblem}, refusing inconsistent input at once with
 * {@link AtelierException} {@code VALIDATION} naming the entry: an unknown or duplicate
 * id, a negative capacity, a mentor listed twice in one preference list, a non-finite
 * weight, a pair weighted twice, a matrix whose shape does not match the people.
 *
 * <p>Add every intern and mentor first, then preference lists, weights and forbidden
 * pairs. A refused call changes nothing. Not thread-safe.
 *
 * @since 0.1
 */
public final class MatchingProblemBuilder {
  final List<String> internIds = new ArrayList<>();
  final List<String> mentorIds = new ArrayList<>();
  private final Map<String, Integer> internIndex = new HashMap<>();
  private final Map<String, Integer> mentorIndex = new HashMap<>();
  int[] internCap = new int[16];
  int[] mentorCap = new int[16];
  final List<int @Nullable []> internRankLists = new ArrayList<>();
  final List<int @Nullable []> mentorRankLists = new ArrayList<>();
  private boolean anyInternRanks;
  private boolean anyMentorRanks;
  @Nullable WeightMatrix dense;
  private final PairWeights pairWeights = new PairWeights();
  private final ForbiddenPairs forbidden = new ForbiddenPairs();
  private final PreferenceListCheck listCheck = new PreferenceListCheck();

  MatchingProblemBuilder() {}

  /**
   * Adds an intern with capacity 1.
   *
   * @param id a unique, non-blank intern id
   * @return the intern's index
   * @throws AtelierException {@code VALIDATION} for a blank or duplicate id
   */
  public int addIntern(String id) {
    return addIntern(id, 1);
  }

  /**
   * Adds an intern.
   *
   * @param id a unique, non-blank intern id
   * @param capacity how many mentors the intern may have at once, at least 0
   * @return the intern's index
   * @throws AtelierException {@code VALIDATION} for a blank or duplicate id or a negative capacity
   */
  public int addIntern(String id, int capacity) {
    checkNew("intern", id, internIndex, capacity);
    int index = internIds.size();
    internIds.add(id);
    internIndex.put(id, index);
    internCap = grow(internCap, index);
    internCap[index] = capacity;
    internRankLists.add(null);
    return index;
  }

  /**
   * Adds a mentor with capacity 1.
   *
   * @param id a unique, non-blank mentor id
   * @return the mentor's index
   * @throws AtelierException {@code VALIDATION} for a blank or duplicate id
   */
  public int addMentor(String id) {
    return addMentor(id, 1);
  }

  /**
   * Adds a mentor.
   *
   * @param id a unique, non-blank mentor id
   * @param capacity how many interns the mentor can take at once, at least 0
   * @return the mentor's index
   * @throws AtelierException {@code VALIDATION} for a blank or duplicate id or a negative capacity
   */
  public int addMentor(String id, int capacity) {
    checkNew("mentor", id, mentorIndex, capacity);
    int index = mentorIds.size();
    mentorIds.add(id);
    mentorIndex.put(id, index);
    mentorCap = grow(mentorCap, index);
    mentorCap[index] = capacity;
    mentorRankLists.add(null);
    return index;
  }

  /**
   * Sets an intern's strict preference list, most preferred first; it may be incomplete.
   *
   * @param internId the intern
   * @param mentors mentor ids, each at most once
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an unknown id, a mentor listed twice,
   *     or a list set twice
   */
  public MatchingProblemBuilder internRanks(String internId, List<String> mentors) {
    int intern = lookup("intern", internId, internIndex);
    int[] list = new int[mentors.size()];
    for (int k = 0; k < list.length; k++) {
      list[k] = lookup("mentor", mentors.get(k), mentorIndex, "in the ranks of intern \"" + internId + "\"");
    }
    return internRanks(intern, list);
  }

  /**
   * Sets an intern's strict preference list by index (the fast path for large problems).
   *
   * @param intern the intern's index
   * @param mentors mentor indexes, most preferred first, each at most once (copied)
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an index out of range, a mentor listed
   *     twice, or a list set twice
   */
  public MatchingProblemBuilder internRanks(int intern, int... mentors) {
    checkIndex("intern", intern, internIds.size());
    listCheck.check("intern \"" + internIds.get(intern) + "\"", internRankLists.get(intern), mentors, mentorIds, "mentor");
    internRankLists.set(intern, mentors.clone());
    anyInternRanks = true;
    return this;
  }

  /**
   * Sets a mentor's strict preference list, most preferred first; it may be incomplete.
   *
   * @param mentorId the mentor
   * @param interns intern ids, each at most once
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an unknown id, an intern listed twice,
   *     or a list set twice
   */
  public MatchingProblemBuilder mentorRanks(String mentorId, List<String> interns) {
    int mentor = lookup("mentor", mentorId, mentorIndex);
    int[] list = new int[interns.size()];
    for (int k = 0; k < list.length; k++) {
      list[k] = lookup("intern", interns.get(k), internIndex, "in the ranks of mentor \"" + mentorId + "\"");
    }
    return mentorRanks(mentor, list);
  }

  /**
   * Sets a mentor's strict preference list by index.
   *
   * @param mentor the mentor's index
   * @param interns intern indexes, most preferred first, each at most once (copied)
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an index out of range, an intern listed
   *     twice, or a list set twice
   */
  public MatchingProblemBuilder mentorRanks(int mentor, int... interns) {
    checkIndex("mentor", mentor, mentorIds.size());
    listCheck.check("mentor \"" + mentorIds.get(mentor) + "\"", mentorRankLists.get(mentor), interns, internIds, "intern");
    mentorRankLists.set(mentor, interns.clone());
    anyMentorRanks = true;
    return this;
  }

  /**
   * Gives a pair a weight (larger is better).
   *
   * @param internId the intern
   * @param mentorId the mentor
   * @param weight a finite weight
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an unknown id, a non-finite weight, or
   *     when a weight matrix was already given
   */
  public MatchingProblemBuilder weight(String internId, String mentorId, double weight) {
    return weight(lookup("intern", internId, internIndex), lookup("mentor", mentorId, mentorIndex), weight);
  }

  /**
   * Gives a pair a weight by index. A pair weighted twice is refused by {@link #build()}.
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   * @param weight a finite weight
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an index out of range, a non-finite
   *     weight, or when a weight matrix was already given
   */
  public MatchingProblemBuilder weight(int intern, int mentor, double weight) {
    checkIndex("intern", intern, internIds.size());
    checkIndex("mentor", mentor, mentorIds.size());
    if (!Double.isFinite(weight)) {
      throw AtelierException.validation("the weight of pair (\"" + internIds.get(intern) + "\", \""
          + mentorIds.get(mentor) + "\") must be a finite number, got " + weight);
    }
    if (dense != null) {
      throw AtelierException.validation("pair weights and a weight matrix cannot both be given");
    }
    pairWeights.add(intern, mentor, weight);
    return this;
  }

  /**
   * Gives all weights at once as a dense matrix (row = intern index, column = mentor index).
   * The matrix must match the interns and mentors added by the time of {@link #build()}.
   *
   * @param matrix the weights
   * @return this builder
   * @throws AtelierException {@code VALIDATION} when pair weights or another matrix were already given
   */
  public MatchingProblemBuilder weights(WeightMatrix matrix) {
    if (dense != null || pairWeights.count() > 0) {
      throw AtelierException.validation("give either pair weights or one weight matrix, not both");
    }
    dense = matrix;
    return this;
  }

  /**
   * Forbids a pair: no algorithm will match it, and it never counts as blocking.
   *
   * @param internId the intern
   * @param mentorId the mentor
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an unknown id
   */
  public MatchingProblemBuilder forbid(String internId, String mentorId) {
    return forbid(lookup("intern", internId, internIndex), lookup("mentor", mentorId, mentorIndex));
  }

  /**
   * Forbids a pair by index. Forbidding a pair twice is the same as once.
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   * @return this builder
   * @throws AtelierException {@code VALIDATION} for an index out of range
   */
  public MatchingProblemBuilder forbid(int intern, int mentor) {
    checkIndex("intern", intern, internIds.size());
    checkIndex("mentor", mentor, mentorIds.size());
    forbidden.add(intern, mentor);
    return this;
  }

  /**
   * Builds the problem. O(n + m + E log E) for E weights and forbidden pairs.
   *
   * @return the immutable problem
   * @throws AtelierException {@code VALIDATION} when a matrix's shape does not match, or a
   *     pair was weighted twice
   */
  public MatchingProblem build() {
    if (dense != null && (dense.rows() != internIds.size() || dense.cols() != mentorIds.size())) {
      throw AtelierException.validation("the weight matrix is " + dense.rows() + " x " + dense.cols()
          + " but the problem has " + internIds.size() + " interns and " + mentorIds.size() + " mentors");
    }
    return new MatchingProblem(this, Map.copyOf(internIndex), Map.copyOf(mentorIndex));
  }

  int @Nullable [] [] compressRanks(List<int @Nullable []> lists, int count) {
    if ((lists == internRankLists && !anyInternRanks) || (lists == mentorRankLists && !anyMentorRanks)) {
      return null;
    }
    int[] offsets = new int[count + 1];
    for (int i = 0; i < count; i++) {
      int[] list = lists.get(i);
      offsets[i + 1] = offsets[i] + (list == null ? 0 : list.length);
    }
    int[] entries = new int[offsets[count]];
    for (int i = 0; i < count; i++) {
      int[] list = lists.get(i);
      if (list != null) {
        System.arraycopy(list, 0, entries, offsets[i], list.length);
      }
    }
    return new int[][] {offsets, entries};
  }

  int[][] compressForbidden(int interns) {
    return forbidden.compress(interns);
  }

  /** How many explicit pair weights were given. */
  int weightCount() {
    return pairWeights.count();
  }

  /** Sparse weights as {offsets, mentors, values}, sorted by (intern, mentor); forbidden pairs are filtered when read. */
  Object[] compressWeights(int interns) {
    return pairWeights.compress(interns, internIds, mentorIds);
  }

  private static int[] grow(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }
}
