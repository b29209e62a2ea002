package org.atelier.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.core.payment.AllocationTest.assertValidation;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class SplitPolicyTest {
  private static Money usd(String amount) {
    return Money.parse(amount, "USD");
  }

  @Test
  void fixedSplit_paysTheScenarioContractsFirstMilestone() {
    Split split = new FixedSplit(10, 20).split(usd("300.00"), SplitContext.none());
    assertThat(split).isEqualTo(new Split(usd("30.00"), usd("60.00"), usd("210.00")));
    assertThat(split.total()).isEqualTo(usd("300.00"));
    assertThat(split.bonus()).isEqualTo(usd("0.00"));
  }

  @Test
  void fixedSplit_roundsByLargestRemainderOverFeeMentorAndRest() {
    // 0.07 by [10, 20, 70]: quotas 0.7, 1.4, 4.9 -> floors 0, 1, 4; remainders 70, 40, 90 -> +1 to intern, platform.
    SplitExplanation explanation = new FixedSplit(10, 20).explain(usd("0.07"), SplitContext.none());
    assertThat(explanation.split()).isEqualTo(new Split(usd("0.01"), usd("0.01"), usd("0.05")));
    assertThat(explanation.allocation().extraUnitTo()).containsExactly(2, 0);
    assertThat(explanation.policy()).isEqualTo("fixed(fee 10%, mentor 20%)");
  }

  @Test
  void fixedSplit_refusesPercentagesOutOfRange() {
    assertValidation(() -> new FixedSplit(101, 0), "platform fee percent is 101");
    assertValidation(() -> new FixedSplit(10, -1), "mentor share percent is -1");
    assertValidation(() -> new FixedSplit(60, 50), "sum to 110%");
    assertValidation(() -> new FixedSplit(10, 20).split(usd("-1.00"), SplitContext.none()), "expected an amount >= 0");
  }

  @Test
  void policies_areComparableValues() {
    assertThat(new FixedSplit(10, 20)).isEqualTo(new FixedSplit(10, 20)).isNotEqualTo(new FixedSplit(10, 25));
    assertThat(HourlyFloor.parkerDewey(new FixedSplit(10, 20)))
        .isEqualTo(HourlyFloor.of(new FixedSplit(10, 20), "20.00", "USD"));
  }

  @Test
  void revisionScaledSplit_growsTheMentorShareWithRevisionsAndReviews() {
    RevisionScaledSplit policy = new RevisionScaledSplit(10, 10, 30, 5, 1);
    SplitContext twoRevisionsThreeReviews = SplitContext.none().withRevisions(2).withReviewWorkload(3);
    assertThat(policy.mentorPercent(twoRevisionsThreeReviews)).isEqualTo(23);
    assertThat(policy.split(usd("300.00"), twoRevisionsThreeReviews))
        .isEqualTo(new Split(usd("30.00"), usd("69.00"), usd("201.00")));
    assertThat(policy.split(usd("300.00"), SplitContext.none()))
        .isEqualTo(new Split(usd("30.00"), usd("30.00"), usd("240.00")));
    assertThat(policy.mentorPercent(SplitContext.none().withRevisions(Integer.MAX_VALUE))).isEqualTo(30);
  }

  @Test
  void revisionScaledSplit_refusesInconsistentBounds() {
    assertValidation(() -> new RevisionScaledSplit(10, 40, 30, 5, 1), "exceeds maximum");
    assertValidation(() -> new RevisionScaledSplit(80, 10, 30, 5, 1), "sum past 100%");
    assertValidation(() -> new RevisionScaledSplit(10, 10, 30, 101, 1), "percent per revision is 101");
  }

  @Test
  void hourlyFloor_refusesAPlanThatPaysTheInternLessThanTwentyDollarsPerEstimatedHour() {
    HourlyFloor policy = HourlyFloor.parkerDewey(new FixedSplit(10, 20));
    // m1 300.00 -> intern 210.00 for 10 h (floor 200.00): fine. m3 400.00 -> intern 280.00 for 15 h (floor 300.00): refused.
    List<PlannedMilestone> plan = List.of(new PlannedMilestone("m1", 30, 10), new PlannedMilestone("m2", 30, 10),
        new PlannedMilestone("m3", 40, 15));
    assertValidation(() -> policy.checkPlan(usd("1000.00"), plan), "milestone m3 would pay the intern 280.00 USD");
    policy.checkPlan(usd("1000.00"), List.of(new PlannedMilestone("m1", 30, 10), new PlannedMilestone("m2", 30, 10),
        new PlannedMilestone("m3", 40, 14)));
  }

  @Test
  void hourlyFloor_topsTheInternUpFromTheMentorWhenRevisionsGrowTheMentorShare() {
    HourlyFloor policy = HourlyFloor.parkerDewey(new RevisionScaledSplit(10, 10, 40, 10, 0));
    SplitContext manyRevisions = SplitContext.none().withRevisions(3).withEstimatedHours(12);
    SplitExplanation explanation = policy.explain(usd("300.00"), manyRevisions);
    // Inner: mentor 40 % = 120.00, intern 150.00; floor 240.00 -> 90.00 moves from the mentor.
    assertThat(explanation.split()).isEqualTo(new Split(usd("30.00"), usd("30.00"), usd("240.00")));
    assertThat(explanation.adjustments()).singleElement().asString().contains("90.00 USD from the mentor");
    assertThat(explanation.split().total()).isEqualTo(usd("300.00"));
  }

  @Test
  void hourlyFloor_refusesUnknownCurrenciesAndMixing() {
    assertValidation(() -> HourlyFloor.of(new FixedSplit(10, 20), "20.00", "XYZ"), "unknown currency");
    assertValidation(() -> HourlyFloor.parkerDewey(new FixedSplit(10, 20))
        .split(Money.parse("300.00", "EUR"), SplitContext.none()), "mixes currencies");
    assertValidation(() -> HourlyFloor.of(new FixedSplit(10, 20), "-1.00", "USD"), "expected an amount >= 0");
  }

  @Test
  void onTimeBonus_addsARequesterPaidBonusOnlyWhenOnTime() {
    OnTimeBonus policy = new OnTimeBonus(new FixedSplit(10, 20), 5);
    assertThat(policy.split(usd("300.00"), SplitContext.none().withOnTime(true)))
        .isEqualTo(new Split(usd("30.00"), usd("60.00"), usd("210.00"), usd("15.00")));
    assertThat(policy.split(usd("300.00"), SplitContext.none().withOnTime(false)))
        .isEqualTo(new Split(usd("30.00"), usd("60.00"), usd("210.00")));
    assertValidation(() -> new OnTimeBonus(new FixedSplit(10, 20), 101), "on-time bonus percent is 101");
  }

  @Test
  void everyPolicySplitsInZeroDecimalCurrencies() {
    Split yen = new FixedSplit(10, 20).split(Money.parse("1001", "JPY"), SplitContext.none());
    assertThat(yen.total()).isEqualTo(Money.parse("1001", "JPY"));
    assertThat(yen.intern()).isEqualTo(Money.parse("701", "JPY"));
  }

  @Test
  void everyPolicy_splitsAnyAmountExactlyWithoutNegativeParts() {
    qt().withExamples(300)
        .forAll(longs().between(0, Long.MAX_VALUE / 2), integers().between(0, 60), integers().between(0, 40),
            integers().between(0, 20))
        .checkAssert((units, fee, mentor, revisions) -> {
          Money amount = Money.ofMinor(units, "USD");
          SplitContext context = SplitContext.none().withRevisions(revisions).withOnTime(revisions % 2 == 0);
          List<SplitPolicy> policies = List.of(new FixedSplit(fee, mentor),
              new RevisionScaledSplit(fee, 0, mentor, 3, 1),
              HourlyFloor.parkerDewey(new RevisionScaledSplit(fee, 0, mentor, 3, 1)),
              new OnTimeBonus(new FixedSplit(fee, mentor), 7));
          for (SplitPolicy policy : policies) {
            Split split = policy.split(amount, context);
            assertThat(split.total()).as(policy.describe()).isEqualTo(amount);
            assertThat(split.platform().isNegative() || split.mentor().isNegative() || split.intern().isNegative()
                || split.bonus().isNegative()).isFalse();
            assertThat(policy.split(amount, context)).isEqualTo(split);
          }
        });
  }
}
