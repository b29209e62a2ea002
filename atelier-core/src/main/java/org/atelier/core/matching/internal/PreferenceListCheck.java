package org.atelier.core.matching.internal;

import static org.atelier.core.matching.internal.EntryValidation.checkIndex;

import java.util.List;
import org.atelier.core.AtelierException;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a preference list is given once, names only people of the other side, and is
 * strict (no one listed twice). One instance serves every list of a builder: it marks the
 * people seen with a stamp array that is reused across lists by bumping an epoch, so checking
 * lists of total length E costs O(E) time rather than O(E) plus the other side's size per list.
 * Not thread-safe.
 */
public final class PreferenceListCheck {
  private int[] stamp = new int[0];
  private int stampEpoch;

  /** Creates a check with no stamps yet; the stamp array grows with the first list. */
  public PreferenceListCheck() {}

  /**
   * Checks one list.
   *
   * @param owner whose list it is, for the message (such as {@code intern "i1"})
   * @param previous the list the owner was given before, or {@code null} if none
   * @param list the new list, as indexes into {@code ids}
   * @param ids the other side's ids
   * @param side the other side's name, {@code "intern"} or {@code "mentor"}
   * @throws AtelierException {@code VALIDATION} for a list given twice, an index out of range,
   *     or a person listed twice (naming both positions)
   */
  public void check(String owner, int @Nullable [] previous, int[] list, List<String> ids, String side) {
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
}
