package org.atelier.core.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable two-sided matching problem: interns and mentors with capacities, strict and
 * possibly incomplete preference lists, pair weights and forbidden pairs.
 *
 * <p>Interns and mentors are numbered from 0 in the order they were added; ids are unique
 * within each side. Preference lists and weights are optional: a problem may give ranks
 * only, weights only, or both, and an algorithm that needs what is missing refuses with
 * {@code VALIDATION}. Storage is flat: preference lists are compressed rows ({@code int}
 * offsets and entries), weights are either a dense {@link WeightMatrix} or compressed sparse
 * rows, so a problem with <i>E</i> list entries costs about {@code 4E} bytes per side.
 *
 * <p>Build one with {@link #builder()}, which refuses inconsistent input.
 *
 * @since 0.1
 */
public final class MatchingProblem {
  final String[] internIds;
  final String[] mentorIds;
  final int[] internCapacity;
  final int[] mentorCapacity;
  final int @Nullable [] internRankOffsets;
  final int @Nullable [] internRanks;
  final int @Nullable [] mentorRankOffsets;
  final int @Nullable [] mentorRanks;
  final @Nullable WeightMatrix dense;
  final int @Nullable [] weightOffsets;
  final int @Nullable [] weightMentors;
  final double @Nullable [] weightValues;
  final int[] forbiddenOffsets;
  final int[] forbiddenMentors;
  private final Map<String, Integer> internIndex;
  private final Map<String, Integer> mentorIndex;
  private volatile int @Nullable [] internOrder;
  private volatile int @Nullable [] mentorOrder;

  MatchingProblem(MatchingProblemBuilder b, Map<String, Integer> internIndex, Map<String, Integer> mentorIndex) {
    this.internIds = b.internIds.toArray(new String[0]);
    this.mentorIds = b.mentorIds.toArray(new String[0]);
    this.internCapacity = Arrays.copyOf(b.internCap, internIds.length);
    this.mentorCapacity = Arrays.copyOf(b.mentorCap, mentorIds.length);
    this.internIndex = internIndex;
    this.mentorIndex = mentorIndex;
    int[][] ir = b.compressRanks(b.internRankLists, internIds.length);
    this.internRankOffsets = ir == null ? null : ir[0];
    this.internRanks = ir == null ? null : ir[1];
    int[][] mr = b.compressRanks(b.mentorRankLists, mentorIds.length);
    this.mentorRankOffsets = mr == null ? null : mr[0];
    this.mentorRanks = mr == null ? null : mr[1];
    int[][] forbidden = b.compressForbidden(internIds.length);
    this.forbiddenOffsets = forbidden[0];
    this.forbiddenMentors = forbidden[1];
    if (b.dense != null) {
      this.dense = forbiddenMentors.length == 0 ? b.dense : b.dense.withMissing(forbiddenRows(), forbiddenMentors);
      this.weightOffsets = null;
      this.weightMentors = null;
      this.weightValues = null;
    } else if (b.weightCount() > 0) {
      this.dense = null;
      Object[] sparse = b.compressWeights(internIds.length);
      this.weightOffsets = (int[]) sparse[0];
      this.weightMentors = (int[]) sparse[1];
      this.weightValues = (double[]) sparse[2];
    } else {
      this.dense = null;
      this.weightOffsets = null;
      this.weightMentors = null;
      this.weightValues = null;
    }
  }

  private int[] forbiddenRows() {
    int[] rows = new int[forbiddenMentors.length];
    for (int i = 0; i < internIds.length; i++) {
      Arrays.fill(rows, forbiddenOffsets[i], forbiddenOffsets[i + 1], i);
    }
    return rows;
  }

  /**
   * Starts a problem.
   *
   * @return an empty builder
   */
  public static MatchingProblemBuilder builder() {
    return new MatchingProblemBuilder();
  }

  /**
   * The number of interns.
   *
   * @return the intern count
   */
  public int internCount() {
    return internIds.length;
  }

  /**
   * The number of mentors.
   *
   * @return the mentor count
   */
  public int mentorCount() {
    return mentorIds.length;
  }

  /**
   * An intern's id.
   *
   * @param intern the intern's index
   * @return the id
   */
  public String internId(int intern) {
    return internIds[intern];
  }

  /**
   * A mentor's id.
   *
   * @param mentor the mentor's index
   * @return the id
   */
  public String mentorId(int mentor) {
    return mentorIds[mentor];
  }

  /**
   * The index of an intern id.
   *
   * @param id the id
   * @return the index, or empty when no intern has this id
   */
  public Optional<Integer> internIndex(String id) {
    return Optional.ofNullable(internIndex.get(id));
  }

  /**
   * The index of a mentor id.
   *
   * @param id the id
   * @return the index, or empty when no mentor has this id
   */
  public Optional<Integer> mentorIndex(String id) {
    return Optional.ofNullable(mentorIndex.get(id));
  }

  /**
   * How many mentors an intern may be matched with at once.
   *
   * @param intern the intern's index
   * @return the capacity, at least 0
   */
  public int internCapacity(int intern) {
    return internCapacity[intern];
  }

  /**
   * How many interns a mentor can take at once.
   *
   * @param mentor the mentor's index
   * @return the capacity, at least 0
   */
  public int mentorCapacity(int mentor) {
    return mentorCapacity[mentor];
  }

  /**
   * Whether every intern has a preference list (possibly empty).
   *
   * @return {@code true} if the interns' ranks were given
   */
  public boolean hasInternRanks() {
    return internRanks != null;
  }

  /**
   * Whether every mentor has a preference list (possibly empty).
   *
   * @return {@code true} if the mentors' ranks were given
   */
  public boolean hasMentorRanks() {
    return mentorRanks != null;
  }

  /**
   * Whether the problem has pair weights.
   *
   * @return {@code true} for a dense matrix or explicit pair weights
   */
  public boolean hasWeights() {
    return dense != null || weightValues != null;
  }

  /**
   * An intern's preference list, most preferred first.
   *
   * @param intern the intern's index
   * @return mentor indexes (a copy); empty when ranks were not given
   */
  public int[] internRanks(int intern) {
    return internRanks == null ? new int[0]
        : Arrays.copyOfRange(internRanks, internRankOffsets[intern], internRankOffsets[intern + 1]);
  }

  /**
   * A mentor's preference list, most preferred first.
   *
   * @param mentor the mentor's index
   * @return intern indexes (a copy); empty when ranks were not given
   */
  public int[] mentorRanks(int mentor) {
    return mentorRanks == null ? new int[0]
        : Arrays.copyOfRange(mentorRanks, mentorRankOffsets[mentor], mentorRankOffsets[mentor + 1]);
  }

  /**
   * The weight of a pair, forbidden pairs excluded. O(1) for a dense matrix, O(log d) for
   * an intern with d explicit weights.
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   * @return the weight, or {@link Double#NaN} when the pair has no weight or is forbidden
   */
  public double weight(int intern, int mentor) {
    if (dense != null) {
      return dense.cells()[intern * mentorIds.length + mentor];
    }
    if (weightValues == null || isForbidden(intern, mentor)) {
      return Double.NaN;
    }
    int k = Arrays.binarySearch(weightMentors, weightOffsets[intern], weightOffsets[intern + 1], mentor);
    return k < 0 ? Double.NaN : weightValues[k];
  }

  /**
   * Whether a pair is forbidden (a conflict of interest, a previous bad review).
   *
   * @param intern the intern's index
   * @param mentor the mentor's index
   * @return {@code true} if the pair may never be matched
   */
  public boolean isForbidden(int intern, int mentor) {
    return Arrays.binarySearch(forbiddenMentors, forbiddenOffsets[intern], forbiddenOffsets[intern + 1], mentor) >= 0;
  }

  /**
   * The forbidden pairs' mentors of one intern, ascending.
   *
   * @param intern the intern's index
   * @return mentor indexes (a copy)
   */
  public int[] forbiddenMentors(int intern) {
    return Arrays.copyOfRange(forbiddenMentors, forbiddenOffsets[intern], forbiddenOffsets[intern + 1]);
  }

  /**
   * The position of each intern in ascending id order, computed once ({@code O(n log n)}).
   * Outputs sort by this so that they are byte-identical across runs.
   *
   * @return {@code order[i]} is intern {@code i}'s position (a shared array; do not modify)
   */
  int[] internOrder() {
    int[] order = internOrder;
    if (order == null) {
      order = positions(internIds);
      internOrder = order;
    }
    return order;
  }

  int[] mentorOrder() {
    int[] order = mentorOrder;
    if (order == null) {
      order = positions(mentorIds);
      mentorOrder = order;
    }
    return order;
  }

  private static int[] positions(String[] ids) {
    Integer[] byId = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
    int[] position = new int[ids.length];
    for (int p = 0; p < ids.length; p++) {
      position[byId[p]] = p;
    }
    return position;
  }

  /** Index lookup tables, shared with the builder that made them. */
  static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }
}
