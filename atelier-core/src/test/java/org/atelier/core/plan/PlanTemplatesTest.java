package org.atelier.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.junit.jupiter.api.Test;

class PlanTemplatesTest {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-03-12T00:00:00Z");

  @Test
  void builtIn_shipsThreeTemplatesThatInstantiateIntoValidPlans() {
    PlanTemplates templates = PlanTemplates.builtIn();
    assertThat(templates.all()).extracting(PlanTemplate::id)
        .containsExactly("data-analysis", "design-task", "web-feature");
    for (PlanTemplate template : templates.all()) {
      List<MilestoneSpec> plan = template.instantiate(START, DEADLINE);
      assertThat(plan).hasSizeGreaterThanOrEqualTo(3);
      assertThat(plan.stream().mapToInt(MilestoneSpec::share).sum()).isEqualTo(100);
      assertThat(plan.get(plan.size() - 1).due()).isEqualTo(DEADLINE);
      assertThat(plan).allSatisfy(m -> assertThat(m.acceptanceCriteria()).isNotEmpty());
    }
  }

  @Test
  void instantiate_spreadsDueDatesByPercentOfTheSpan() {
    List<MilestoneSpec> plan = PlanTemplates.builtIn().get("web-feature").instantiate(START, DEADLINE);
    assertThat(plan.get(0).due()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(plan.get(1).dependsOn()).extracting(Object::toString).containsExactly("design");
  }

  @Test
  void instantiatedPlan_canBeEditedByTheMentor() {
    List<MilestoneSpec> plan = new java.util.ArrayList<>(
        PlanTemplates.builtIn().get("design-task").instantiate(START, DEADLINE));
    plan.set(0, plan.get(0).withTitle("Brief for the logo").withShare(10));
    plan.set(1, plan.get(1).withShare(35));
    PlanValidation.check(plan, DEADLINE);
    assertThat(plan.get(0).title()).isEqualTo("Brief for the logo");
  }

  @Test
  void hosts_registerTheirOwnTemplates_andDuplicatesAreRefused() {
    String json = """
        {"id": "bugfix", "name": "Bug fix", "milestones": [
          {"id": "repro", "title": "Reproduce", "share": 40, "duePercent": 30},
          {"id": "fix", "title": "Fix and test", "share": 60, "duePercent": 100, "after": ["repro"],
           "criteria": ["A test fails before the fix and passes after."]}]}""";
    PlanTemplates templates = PlanTemplates.builtIn().withJson(stream(json));
    assertThat(templates.get("bugfix").instantiate(START, DEADLINE)).hasSize(2);
    assertThatThrownBy(() -> templates.withJson(stream(json)))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
  }

  @Test
  void withJson_namesTheJsonPathOfABadField() {
    String json = """
        {"id": "x", "name": "X", "milestones": [{"id": "a", "title": "A", "share": "ten", "duePercent": 50}]}""";
    assertThatThrownBy(() -> PlanTemplates.empty().withJson(stream(json)))
        .hasMessageContaining("$.milestones[0].share must be a whole number");
  }

  @Test
  void get_refusesAnUnknownTemplateWithTheRegisteredIds() {
    assertThatThrownBy(() -> PlanTemplates.builtIn().get("rocket"))
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("registered: data-analysis, design-task, web-feature");
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
