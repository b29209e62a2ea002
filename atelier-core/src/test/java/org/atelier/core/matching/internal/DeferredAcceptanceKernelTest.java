package org.atelier.core.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredAcceptanceKernelTest {

  @Test
  void smallRandomInstances_matchTheTextbookAlgorithm() {
    qt().withExamples(400)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 40), integers().between(0, 3))
        .checkAssert((seed, n, m, cap) -> {
          Lists l = Lists.random(seed, n, m, 8, 0.2, 2, cap, 3);
          assertThat(kernel(l)).isEqualTo(l.referenceMatching());
          Lists roomsOfOne = Lists.random(seed, n, m, 8, 0.2, 2, cap, 1);
          assertThat(kernel(roomsOfOne)).isEqualTo(roomsOfOne.referenceMatching());
        });
  }

  @Test
  void manyBatches_andAQueueThatWraps_matchTheTextbookAlgorithm() {
    qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
      Lists l = Lists.random(seed, 3_000, 300, 15, 0.05, 0, 3, 4);
      assertThat(kernel(l)).isEqualTo(l.referenceMatching());
      Lists swapped = l.swapped();
      assertThat(kernel(swapped)).isEqualTo(swapped.referenceMatching());
    });
  }

  @Test
  void largeCapacities_heldInAHeap_matchTheTextbookAlgorithm() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Lists l = Lists.random(seed, 400, 6, 6, 0.1, 0, 2, 3 * HeldProposals.LINEAR_UP_TO);
      assertThat(kernel(l)).isEqualTo(l.referenceMatching());
    });
  }

  @Test
  void roomsOfOne_heldOneLongPerReceiver_matchTheTextbookAlgorithm() {
    Lists l = Lists.random(5, 2_000, 700, 10, 0.0, 0, 2, 1);
    Arrays.fill(l.rCap, 1);
    assertThat(kernel(l)).isEqualTo(l.referenceMatching());
  }

  @Test
  void alikeRooms_oneStrideLayout_matchTheTextbookAlgorithm() {
    Lists l = Lists.random(6, 2_000, 300, 10, 0.0, 0, 2, 1);
    Arrays.fill(l.rCap, 3);
    assertThat(kernel(l)).isEqualTo(l.referenceMatching());
  }

  @Test
  void sharedLists_fillTheListedReceiversWithTheBestRanked() {
    // 5 000 proposers all list receivers 0..19 (capacity 10), who rank them by index:
    // proposers 0..199 are placed, in index order, and everyone else is refused.
    Lists l = Lists.shared(5_000, 25, 20, 10);
    long[] pairs = kernel(l);
    assertThat(pairs).hasSize(200);
    for (int k = 0; k < 200; k++) {
      assertThat(pairs[k]).isEqualTo(((long) k << 32) | (k / 10));
    }
  }

  @Test
  void thresholdsBeyondTheOneByteCopy_areDecidedExactly() {
    // 3 000 proposers list receivers 0 then 1; 70 000 more list nothing. Receiver 0 (room 1)
    // ranks the 3 000 by index, so all but proposer 0 are refused there and scan on to
    // receiver 1 (room 1 000). It ranks the 70 000 first, then the 3 000 in reverse, so once
    // full its threshold is a rank above 70 000, beyond the one-byte copy: scans must not
    // take it for a small one, and the best 1 000 by its ranking must still win.
    int real = 3_000;
    int others = 70_000;
    int room = 1_000;
    List<int[]> pLists = new ArrayList<>();
    for (int p = 0; p < real + others; p++) {
      pLists.add(p < real ? new int[] {0, 1} : new int[0]);
    }
    int[] byIndex = new int[real];
    int[] othersThenReverse = new int[others + real];
    for (int p = 0; p < real; p++) {
      byIndex[p] = p;
      othersThenReverse[others + p] = real - 1 - p;
    }
    for (int x = 0; x < others; x++) {
      othersThenReverse[x] = real + x;
    }
    int[] pCap = new int[real + others];
    Arrays.fill(pCap, 1);
    Lists l = Lists.of(pLists, List.of(byIndex, othersThenReverse), pCap, new int[] {1, room});
    long[] pairs = kernel(l);
    assertThat(pairs).hasSize(room + 1);
    assertThat(pairs[0]).isEqualTo(0L);
    for (int k = 1; k <= room; k++) {
      assertThat(pairs[k]).isEqualTo(((long) (real - room - 1 + k) << 32) | 1);
    }
  }

  @Test
  void zeroCapacitiesAndEmptyLists_placeNoOne() {
    Lists l = Lists.random(3, 50, 10, 5, 0.0, 0, 1, 1);
    Arrays.fill(l.rCap, 0);
    assertThat(kernel(l)).isEmpty();
    Lists none = Lists.random(3, 0, 0, 5, 0.0, 0, 1, 1);
    assertThat(kernel(none)).isEmpty();
  }

  private static long[] kernel(Lists l) {
    int[] prop = RankInversion.interleaved(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList);
    return Lists.sortedPairs(DeferredAcceptanceKernel.run(l.proposers, l.pCap, l.pOff, prop, l.receivers, l.rCap, l.rOff));
  }
}
