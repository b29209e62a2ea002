package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atelier.core.AtelierException;
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
  private int[] weightIntern = new int[16];
  private int[] weightMentor = new int[16];
  private double[] weightValue = new double[16];
  int weightCount;
  private int[] forbidIntern = new int[4];
  private int[] forbidMentor = new int[4];
  private int forbidCount;
  private int[] stamp = new int[0];
  private int stampEpoch;

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
    checkList("intern \"" + internIds.get(intern) + "\"", internRankLists.get(intern), mentors, mentorIds, "mentor");
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
    checkList("mentor \"" + mentorIds.get(mentor) + "\"", mentorRankLists.get(mentor), interns, internIds, "intern");
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
    weightIntern = grow(weightIntern, weightCount);
    weightMentor = grow(weightMentor, weightCount);
    if (weightCount == weightValue.length) {
      weightValue = Arrays.copyOf(weightValue, weightValue.length * 2);
    }
    weightIntern[weightCount] = intern;
    weightMentor[weightCount] = mentor;
    weightValue[weightCount++] = weight;
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
    if (dense != null || weightCount > 0) {
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
    forbidIntern = grow(forbidIntern, forbidCount);
    forbidMentor = grow(forbidMentor, forbidCount);
    forbidIntern[forbidCount] = intern;
    forbidMentor[forbidCount++] = mentor;
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
    long[] keys = new long[forbidCount];
    for (int k = 0; k < forbidCount; k++) {
      keys[k] = ((long) forbidIntern[k] << 32) | forbidMentor[k];
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int k = 0; k < keys.length; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        keys[distinct++] = keys[k];
      }
    }
    int[] offsets = new int[interns + 1];
    int[] mentors = new int[distinct];
    for (int k = 0; k < distinct; k++) {
      offsets[(int) (keys[k] >>> 32) + 1]++;
      mentors[k] = (int) keys[k];
    }
    for (int i = 0; i < interns; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new int[][] {offsets, mentors};
  }

  /** Sparse weights as {offsets, mentors, values}, forbidden pairs dropped, sorted by (intern, mentor). */
  Object[] compressWeights(int interns) {
    long[] keys = new long[weightCount];
    for (int k = 0; k < weightCount; k++) {
      keys[k] = ((long) weightIntern[k] << 32) | ((long) weightMentor[k] << 0 & 0xffffffffL);
    }
    Integer[] order = new Integer[weightCount];
    for (int k = 0; k < weightCount; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    int[] offsets = new int[interns + 1];
    int[] mentors = new int[weightCount];
    double[] values = new double[weightCount];
    for (int p = 0; p < weightCount; p++) {
      int k = order[p];
      if (p > 0 && keys[order[p - 1]] == keys[k]) {
        throw AtelierException.validation("the pair (\"" + internIds.get(weightIntern[k]) + "\", \""
            + mentorIds.get(weightMentor[k]) + "\") has two weights; give each pair at most one");
      }
      offsets[weightIntern[k] + 1]++;
      mentors[p] = weightMentor[k];
      values[p] = weightValue[k];
    }
    for (int i = 0; i < interns; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new Object[] {offsets, mentors, values};
  }

  private void checkList(String owner, int @Nullable [] previous, int[] list, List<String> ids, String side) {
    if (previous != null) {
      throw AtelierException.validation(owner + ": ranks were already given; give each list once");
    }
    if (stamp.length < ids.size()) {
      stamp = new int[Math.max(ids.size(), stamp.length * 2)];
      stampEpoch = 0;
    }
    stampEpoch++;
    for (int k = 0; k < list.length; k++) {
      int x = list[k];
      checkIndex(side, x, ids.size());
      if (stamp[x] == stampEpoch) {
        throw AtelierException.validation(owner + ": ranks list " + side + " \"" + ids.get(x)
            + "\" twice (positions " + (indexOf(list, x) + 1) + " and " + (k + 1) + "); a preference list is strict");
      }
      stamp[x] = stampEpoch;
    }
  }

  private static int indexOf(int[] list, int x) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == x) {
        return k;
      }
    }
    return -1;
  }

  private static void checkNew(String side, String id, Map<String, Integer> index, int capacity) {
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

  private static int lookup(String side, String id, Map<String, Integer> index) {
    return lookup(side, id, index, "");
  }

  private static int lookup(String side, String id, Map<String, Integer> index, String where) {
    Integer i = index.get(id);
    if (i == null) {
      throw AtelierException.validation("unknown " + side + " \"" + id + "\"" + (where.isEmpty() ? "" : " " + where)
          + "; add every " + side + " before referring to it");
    }
    return i;
  }

  private static void checkIndex(String side, int index, int count) {
    if (index < 0 || index >= count) {
      throw AtelierException.validation(side + " index " + index + " is out of range; expected 0.." + (count - 1));
    }
  }

  private static int[] grow(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }
}
