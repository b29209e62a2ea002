package org.atelier.core.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.core.matching.MatchingAlgorithm.Acceptability;
import org.atelier.core.matching.MatchingAlgorithm.Matching;
import org.atelier.core.matching.MatchingAlgorithm.Pair;

/**
 * The measures of one matching, whatever algorithm produced it, so that experiments can
 * compare rules on the same population: size and total weight, blocking pairs, both sides'
 * rank profiles, mentor load spread, and who was left unmatched and why.
 *
 * <p>Preferences for the stability measures: a side with preference lists compares by
 * rank; a side without compares by weight (heavier is better, equal weights are
 * indifferent). A blocking pair is acceptable to both, not forbidden, not matched, and each
 * side has a free seat or strictly prefers the other to its worst partner. Ranks are
 * 1-based: the list position, or 1 + the number of strictly heavier acceptable partners.
 *
 * <p>Cost: O(E) for E list entries or weighted cells; every list in the output is sorted by
 * id, so the report is deterministic.
 *
 * @since 0.1
 */
public final class MatchingReport {

  /** Why an intern ended up with no mentor. */
  public enum UnmatchedReason {
    /** No mentor with a seat is acceptable to the intern under the algorithm's rule. */
    NO_ACCEPTABLE_PAIR("no-acceptable-pair"),
    /** Acceptable mentors exist, but their seats went to others. */
    OUTCOMPETED("outcompeted");

    private final String label;

    UnmatchedReason(String label) {
      this.label = label;
    }

    /**
     * The label used in JSON output.
     *
     * @return the label, for example {@code no-acceptable-pair}
     */
    public String label() {
      return label;
    }
  }

  /**
   * A side's ranks of its partners over the matched pairs.
   *
   * @param ranked pairs whose rank is known
   * @param mean the mean 1-based rank over the ranked pairs, {@code NaN} when none is ranked
   * @param first pairs at rank 1
   * @param worst the largest rank, 0 when none is ranked
   * @param unranked matched pairs the side does not rank (possible for weighted algorithms)
   */
  public record RankProfile(int ranked, double mean, int first, int worst, int unranked) {}

  /**
   * How the matched interns spread over mentors with capacity.
   *
   * @param min the smallest load
   * @param max the largest load
   * @param mean the mean load
   * @param stdDev the population standard deviation of the load
   * @param meanUtilisation the mean of load / capacity
   */
  public record LoadSpread(int min, int max, double mean, double stdDev, double meanUtilisation) {}

  /**
   * An intern without a mentor.
   *
   * @param intern the intern's id
   * @param reason why
   */
  public record UnmatchedIntern(String intern, UnmatchedReason reason) {}

  private final Matching matching;
  private final double totalWeight;
  private final long[] blocking;
  private final RankProfile internRank;
  private final RankProfile mentorRank;
  private final LoadSpread load;
  private final List<UnmatchedIntern> unmatched;
  private final Map<String, Integer> freeSeats;

  private MatchingReport(Matching matching) {
    this.matching = matching;
    MatchingProblem p = matching.problem();
    Preferences prefs = new Preferences(p);
    this.totalWeight = matching.totalWeight();
    this.blocking = BlockingPairSearch.find(matching, prefs);
    this.internRank = profile(matching, prefs, true);
    this.mentorRank = profile(matching, prefs, false);
    int[] loads = new int[p.mentorCount()];
    for (int k = 0; k < matching.size(); k++) {
      loads[matching.mentorAt(k)]++;
    }
    this.load = spread(p, loads);
    this.unmatched = unmatched(matching, prefs);
    Map<String, Integer> seats = new LinkedHashMap<>();
    for (int j : byId(p.mentorOrder())) {
      int free = p.mentorCapacity(j) - loads[j];
      if (free > 0) {
        seats.put(p.mentorId(j), free);
      }
    }
    this.freeSeats = Collections.unmodifiableMap(seats);
  }

  /**
   * Measures a matching. O(E) as described above.
   *
   * @param matching the matching
   * @return the report
   */
  public static MatchingReport of(Matching matching) {
    return new MatchingReport(matching);
  }

  /**
   * The matching measured.
   *
   * @return the matching
   */
  public Matching matching() {
    return matching;
  }

  /**
   * The number of pairs.
   *
   * @return the size
   */
  public int matched() {
    return matching.size();
  }

  /**
   * The sum of the pairs' weights (0 when the problem has no weights).
   *
   * @return the total weight
   */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * The number of blocking pairs.
   *
   * @return the count
   */
  public int blockingPairCount() {
    return blocking.length;
  }

  /**
   * The blocking pairs, sorted by intern id then mentor id.
   *
   * @return the pairs
   */
  public List<Pair> blockingPairs() {
    MatchingProblem p = matching.problem();
    List<long[]> keyed = new ArrayList<>(blocking.length);
    int[] io = p.internOrder();
    int[] mo = p.mentorOrder();
    for (long b : blocking) {
      int i = (int) (b >>> 32);
      int j = (int) b;
      keyed.add(new long[] {((long) io[i] << 32) | mo[j], i, j});
    }
    keyed.sort((a, b) -> Long.compare(a[0], b[0]));
    List<Pair> pairs = new ArrayList<>(keyed.size());
    for (long[] k : keyed) {
      pairs.add(new Pair(p.internId((int) k[1]), p.mentorId((int) k[2])));
    }
    return pairs;
  }

  /**
   * The interns' ranks of their mentors.
   *
   * @return the profile
   */
  public RankProfile internRank() {
    return internRank;
  }

  /**
   * The mentors' ranks of their interns.
   *
   * @return the profile
   */
  public RankProfile mentorRank() {
    return mentorRank;
  }

  /**
   * The mentors' load spread.
   *
   * @return the spread
   */
  public LoadSpread mentorLoad() {
    return load;
  }

  /**
   * The interns (with capacity) who got no mentor, sorted by id, with the reason.
   *
   * @return the unmatched interns
   */
  public List<UnmatchedIntern> unmatchedInterns() {
    return unmatched;
  }

  /**
   * The mentors with free seats and how many, sorted by mentor id.
   *
   * @return mentor id to free seats (only mentors with at least one)
   */
  public Map<String, Integer> freeSeats() {
    return freeSeats;
  }

  private static RankProfile profile(Matching matching, Preferences prefs, boolean internSide) {
    int ranked = 0;
    int first = 0;
    int worst = 0;
    long sum = 0;
    for (int k = 0; k < matching.size(); k++) {
      int i = matching.internAt(k);
      int j = matching.mentorAt(k);
      int r = internSide ? prefs.internRank(i, j) : prefs.mentorRank(i, j);
      if (r > 0) {
        ranked++;
        sum += r;
        worst = Math.max(worst, r);
        if (r == 1) {
          first++;
        }
      }
    }
    return new RankProfile(ranked, ranked == 0 ? Double.NaN : (double) sum / ranked, first, worst,
        matching.size() - ranked);
  }

  private static LoadSpread spread(MatchingProblem p, int[] loads) {
    int count = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    long sum = 0;
    double utilisation = 0;
    for (int j = 0; j < p.mentorCount(); j++) {
      if (p.mentorCapacity(j) > 0) {
        count++;
        min = Math.min(min, loads[j]);
        max = Math.max(max, loads[j]);
        sum += loads[j];
        utilisation += (double) loads[j] / p.mentorCapacity(j);
      }
    }
    if (count == 0) {
      return new LoadSpread(0, 0, 0.0, 0.0, 0.0);
    }
    double mean = (double) sum / count;
    double squares = 0;
    for (int j = 0; j < p.mentorCount(); j++) {
      if (p.mentorCapacity(j) > 0) {
        squares += (loads[j] - mean) * (loads[j] - mean);
      }
    }
    return new LoadSpread(min, max, mean, Math.sqrt(squares / count), utilisation / count);
  }

  private static List<UnmatchedIntern> unmatched(Matching matching, Preferences prefs) {
    MatchingProblem p = matching.problem();
    List<UnmatchedIntern> out = new ArrayList<>();
    for (int i : byId(p.internOrder())) {
      if (p.internCapacity(i) == 0 || matching.degreeOf(i) > 0) {
        continue;
      }
      out.add(new UnmatchedIntern(p.internId(i), hasAcceptable(p, prefs, matching.acceptability(), i)
          ? UnmatchedReason.OUTCOMPETED : UnmatchedReason.NO_ACCEPTABLE_PAIR));
    }
    return List.copyOf(out);
  }

  private static boolean hasAcceptable(MatchingProblem p, Preferences prefs, Acceptability rule, int i) {
    if (rule == Acceptability.MUTUAL_RANKS) {
      if (p.internRanks == null || p.mentorRanks == null) {
        return false;
      }
      for (int s = p.internRankOffsets[i]; s < p.internRankOffsets[i + 1]; s++) {
        int j = p.internRanks[s];
        if (prefs.mentorRankAt[s] >= 0 && p.mentorCapacity(j) > 0 && !p.isForbidden(i, j)) {
          return true;
        }
      }
      return false;
    }
    for (int j = 0; j < p.mentorCount(); j++) {
      if (p.mentorCapacity(j) > 0 && !Double.isNaN(p.weight(i, j))) {
        return true;
      }
    }
    return false;
  }

  private static int[] byId(int[] position) {
    int[] inv = new int[position.length];
    for (int x = 0; x < position.length; x++) {
      inv[position[x]] = x;
    }
    return inv;
  }
}
