package org.atelier.core.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.core.model.MilestoneId;
import org.junit.jupiter.api.Test;

class PlanValidationTest {
  static final Instant DEADLINE = Instant.parse("2026-03-30T00:00:00Z");
  static final Instant D1 = Instant.parse("2026-03-09T00:00:00Z");
  static final Instant D2 = Instant.parse("2026-03-16T00:00:00Z");

  static MilestoneSpec m(String id, int share, Instant due, String... after) {
    return MilestoneSpec.of(MilestoneId.of(id), "Milestone " + id, share, due,
        java.util.Arrays.stream(after).map(MilestoneId::of).toList());
  }

  static void refused(List<MilestoneSpec> plan, String... fragments) {
    assertThatThrownBy(() -> PlanValidation.check(plan, DEADLINE))
        .isInstanceOfSatisfying(AtelierException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
            .isEqualTo(ErrorCode.VALIDATION))
        .message().contains(fragments);
  }

  @Test
  void check_acceptsTheContractExamplePlan() {
    assertThatCode(() -> PlanValidation.check(List.of(m("m1", 30, D1), m("m2", 30, D2, "m1"),
        m("m3", 40, DEADLINE, "m2")), DEADLINE)).doesNotThrowAnyException();
  }

  @Test
  void check_refusesSharesThatDoNotSumTo100_namingAMilestoneAndTheFix() {
    refused(List.of(m("m1", 30, D1), m("m2", 30, D2)), "add up to 60", "expected 100", "milestone m2 with share 70");
  }

  @Test
  void check_refusesAnUnknownDependency_namingTheMilestone() {
    refused(List.of(m("m1", 50, D1), m("m2", 50, D2, "m9")), "milestone m2 depends on unknown milestone m9",
        "expected one of m1, m2");
  }

  @Test
  void check_refusesACycle_namingItsPath() {
    refused(List.of(m("m1", 50, D1, "m2"), m("m2", 50, D1, "m1")), "dependency cycle m1 -> m2 -> m1");
  }

  @Test
  void check_refusesASelfDependencyAsACycle() {
    refused(List.of(m("m1", 100, D1, "m1")), "milestone m1 is in a dependency cycle m1 -> m1");
  }

  @Test
  void check_refusesADueDateAfterTheDeadline() {
    refused(List.of(m("m1", 100, DEADLINE.plusSeconds(1))), "milestone m1 is due 2026-03-30T00:00:01Z",
        "after the task deadline 2026-03-30T00:00:00Z");
  }

  @Test
  void check_refusesADueDateBeforeADependency() {
    refused(List.of(m("m1", 50, D2), m("m2", 50, D1, "m1")), "milestone m2 is due 2026-03-09T00:00:00Z",
        "before milestone m1 it depends on");
  }

  @Test
  void check_refusesARepeatedIdAndAnEmptyPlan() {
    refused(List.of(m("m1", 50, D1), m("m1", 50, D1)), "milestone m1 is listed twice");
    refused(List.of(), "at least one milestone");
  }

  @Test
  void spec_refusesAShareOutOfRangeAndABlankTitle() {
    assertThatThrownBy(() -> m("m1", 0, D1)).hasMessageContaining("share must be 1 to 100 percent, got 0");
    assertThatThrownBy(() -> MilestoneSpec.of(MilestoneId.of("m1"), " ", 10, D1, List.of()))
        .hasMessageContaining("milestone m1: title must not be blank");
  }
}
