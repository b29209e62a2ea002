package org.atelier.core.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class RankInversionTest {

  @Test
  void bothSorts_agreeWithScanningTheReceiversLists() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 40), integers().between(0, 30), integers().between(0, 10))
        .checkAssert((seed, n, m, maxList) -> {
          Lists l = Lists.random(seed, n, m, maxList, 0.2, 2, 1, 1);
          int[] expected = l.naiveRanks();
          RankInversion.Layout layout = RankInversion.Layout.of(l.proposers, l.receivers, l.rOff);
          assertThat(layout).isNotNull();
          assertThat(ranksOf(RankInversion.oneLevel(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList), l))
              .isEqualTo(expected);
          assertThat(ranksOf(RankInversion.twoLevel(layout, l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList), l))
              .isEqualTo(expected);
          assertThat(RankInversion.invert(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList)).isEqualTo(expected);
        });
  }

  @Test
  void interleaved_namesTheReceiverBesideEachRank() {
    Lists l = Lists.random(7, 30, 20, 6, 0.3, 1, 1, 1);
    int[] pairs = RankInversion.interleaved(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList);
    for (int s = 0; s < l.pList.length; s++) {
      assertThat(pairs[2 * s]).isEqualTo(l.pList[s]);
    }
  }

  @Test
  void largeInput_takesTheTwoLevelSortAndStaysExact() {
    // 20 000 proposers × up to 12 choices: well past the two-level threshold, 79 first-level runs.
    Lists l = Lists.random(11, 20_000, 1_500, 12, 0.1, 3, 1, 1);
    assertThat(l.rList.length).isGreaterThan(RankInversion.TWO_LEVEL_FROM);
    assertThat(RankInversion.invert(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList))
        .isEqualTo(l.naiveRanks());
  }

  @Test
  void skewedInput_whereEveryoneRanksOneProposer_staysExact() {
    // 1.1 million receivers each rank proposer 0 alone: one first-level run holds everything.
    Lists l = Lists.shared(1_100_000, 3, 1, 1).swapped();
    int[] ranks = RankInversion.invert(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList);
    assertThat(ranks).hasSize(1_100_000).containsOnly(0);
  }

  @Test
  void regularCounts_thatWouldAlignTheRuns_stayExact() {
    // Every proposer ranked exactly 8 times: first-level runs of identical length (the case the skew is for).
    Lists l = Lists.shared(40_000, 8, 8, 1);
    int[] ranks = RankInversion.invert(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList);
    for (int p = 0; p < l.proposers; p++) {
      for (int s = l.pOff[p]; s < l.pOff[p + 1]; s++) {
        assertThat(ranks[s]).isEqualTo(p);
      }
    }
  }

  @Test
  void ranksBeyondSixteenBits_stayExact() {
    // Receivers 0..2 rank 70 000 proposers each: ranks up to 69 999 need the int scratch.
    Lists l = Lists.shared(70_000, 4, 3, 1);
    for (int[] pairs : new int[][] {
        RankInversion.interleaved(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList),
        RankInversion.oneLevel(l.proposers, l.pOff, l.pList, l.receivers, l.rOff, l.rList)}) {
      int[] ranks = ranksOf(pairs, l);
      for (int p = 0; p < l.proposers; p++) {
        for (int s = l.pOff[p]; s < l.pOff[p + 1]; s++) {
          assertThat(ranks[s]).isEqualTo(p);
        }
      }
    }
  }

  private static int[] ranksOf(int[] pairs, Lists l) {
    int[] ranks = new int[l.pList.length];
    for (int s = 0; s < ranks.length; s++) {
      ranks[s] = pairs[2 * s + 1];
    }
    return ranks;
  }
}
