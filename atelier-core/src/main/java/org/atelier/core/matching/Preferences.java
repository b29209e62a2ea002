package org.atelier.core.matching;

import org.atelier.core.matching.internal.RankInversion;

/**
 * How each side of a problem compares partners, for the report: by rank when that side has
 * preference lists, otherwise by weight (heavier is better). Utilities are doubles where
 * larger is better and {@code NaN} means "not acceptable": the negated 0-based rank, or the
 * weight.
 */
final class Preferences {
  final MatchingProblem p;
  final boolean internRanked;
  final boolean mentorRanked;
  final boolean internWeighted;
  final boolean mentorWeighted;
  /** Per intern-list entry, the mentor's 0-based rank of that intern, or -1; null unless both sides rank. */
  final int[] mentorRankAt;

  Preferences(MatchingProblem p) {
    this.p = p;
    this.internRanked = p.internRanks != null;
    this.mentorRanked = p.mentorRanks != null;
    this.internWeighted = !internRanked && p.hasWeights();
    this.mentorWeighted = !mentorRanked && p.hasWeights();
    this.mentorRankAt = internRanked && mentorRanked
        ? RankInversion.invert(p.internCount(), p.internRankOffsets, p.internRanks,
            p.mentorCount(), p.mentorRankOffsets, p.mentorRanks)
        : new int[0];
  }

  boolean internHasPreferences() {
    return internRanked || internWeighted;
  }

  boolean mentorHasPreferences() {
    return mentorRanked || mentorWeighted;
  }

  /** The 0-based position of {@code x} in list {@code [from, to)}, or -1. */
  static int positionOf(int[] list, int from, int to, int x) {
    for (int k = from; k < to; k++) {
      if (list[k] == x) {
        return k - from;
      }
    }
    return -1;
  }

  /** The intern's utility of a mentor, scanning the intern's list when ranked: O(list). */
  double internUtility(int i, int j) {
    if (internRanked) {
      int pos = positionOf(p.internRanks, p.internRankOffsets[i], p.internRankOffsets[i + 1], j);
      return pos < 0 ? Double.NaN : -pos;
    }
    return internWeighted ? p.weight(i, j) : Double.NaN;
  }

  /** The mentor's utility of an intern, scanning the mentor's list when ranked: O(list). */
  double mentorUtility(int i, int j) {
    if (mentorRanked) {
      int pos = positionOf(p.mentorRanks, p.mentorRankOffsets[j], p.mentorRankOffsets[j + 1], i);
      return pos < 0 ? Double.NaN : -pos;
    }
    return mentorWeighted ? p.weight(i, j) : Double.NaN;
  }

  /** The intern's 1-based rank of a mentor: list position, or 1 + heavier acceptable mentors; 0 if unranked. */
  int internRank(int i, int j) {
    if (internRanked) {
      int pos = positionOf(p.internRanks, p.internRankOffsets[i], p.internRankOffsets[i + 1], j);
      return pos + 1;
    }
    if (!internWeighted) {
      return 0;
    }
    double w = p.weight(i, j);
    if (Double.isNaN(w)) {
      return 0;
    }
    int better = 0;
    for (int j2 = 0; j2 < p.mentorCount(); j2++) {
      if (p.weight(i, j2) > w) {
        better++;
      }
    }
    return better + 1;
  }

  /** The mentor's 1-based rank of an intern; 0 if unranked. */
  int mentorRank(int i, int j) {
    if (mentorRanked) {
      int pos = positionOf(p.mentorRanks, p.mentorRankOffsets[j], p.mentorRankOffsets[j + 1], i);
      return pos + 1;
    }
    if (!mentorWeighted) {
      return 0;
    }
    double w = p.weight(i, j);
    if (Double.isNaN(w)) {
      return 0;
    }
    int better = 0;
    for (int i2 = 0; i2 < p.internCount(); i2++) {
      if (p.weight(i2, j) > w) {
        better++;
      }
    }
    return better + 1;
  }
}
