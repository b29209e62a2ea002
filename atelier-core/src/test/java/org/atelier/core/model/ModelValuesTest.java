package org.atelier.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.atelier.core.AtelierException;
import org.atelier.core.ErrorCode;
import org.atelier.spi.Money;
import org.junit.jupiter.api.Test;

class ModelValuesTest {

  private static void validation(Runnable bad, String fragment) {
    assertThatThrownBy(bad::run)
        .isInstanceOfSatisfying(AtelierException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
        .hasMessageContaining(fragment);
  }

  @Test
  void ids_acceptTheScenarioSyntax_andRefuseAnythingElse() {
    assertThat(TaskId.of("t1")).hasToString("t1");
    assertThat(PersonId.of("men-1.a_b")).isEqualTo(new PersonId("men-1.a_b"));
    validation(() -> TaskId.of(""), "task id \"\" is not a valid id");
    validation(() -> MilestoneId.of("-m1"), "starting with a letter or digit");
    validation(() -> HelpRequestId.of("h 1"), "help request id");
    validation(() -> PersonId.of("x".repeat(65)), "1 to 64");
  }

  @Test
  void skills_haveLevelsOneToFive_andSortByName() {
    assertThat(Skill.fromMap(Map.of("sql", 4, "java", 5))).containsExactly(Skill.of("java", 5), Skill.of("sql", 4));
    validation(() -> Skill.of("java", 6), "level must be 1 to 5, got 6");
    validation(() -> Skill.of(" ", 3), "skill name must not be blank");
  }

  @Test
  void role_parsesScenarioNames() {
    assertThat(Role.parse("mentor")).isEqualTo(Role.MENTOR);
    assertThat(Actor.platform("ops")).hasToString("ops (platform)");
    validation(() -> Role.parse("boss"), "expected one of requester, mentor, intern, platform");
  }

  @Test
  void taskPosting_refusesABadBudgetTitleOrRepeatedSkill() {
    Instant deadline = Instant.parse("2026-03-30T00:00:00Z");
    validation(() -> TaskPosting.of(TaskId.of("t1"), "x", Money.parse("0.00", "USD"), deadline, List.of()),
        "budget must be positive, got 0.00");
    validation(() -> TaskPosting.of(TaskId.of("t1"), "", Money.parse("1.00", "USD"), deadline, List.of()),
        "title must not be blank");
    validation(() -> TaskPosting.of(TaskId.of("t1"), "x", Money.parse("1.00", "USD"), deadline,
        List.of(Skill.of("java", 2), Skill.of("java", 3))), "skill java is listed twice");
  }

  @Test
  void profiles_checkTheirRanges() {
    MentorProfile mentor = new MentorProfile(PersonId.of("men-1"), List.of(Skill.of("sql", 4), Skill.of("java", 5)),
        47, 3, 10);
    assertThat(mentor.skills()).extracting(Skill::name).containsExactly("java", "sql");
    InternProfile intern = new InternProfile(PersonId.of("int-1"), List.of(Skill.of("java", 2)),
        List.of("sql", "css", "sql"), 0, 1, 20);
    assertThat(intern.wantsToLearn()).containsExactly("css", "sql");
    validation(() -> new MentorProfile(PersonId.of("men-1"), List.of(), 51, 1, 1), "rating must be 0 to 50");
    validation(() -> new InternProfile(PersonId.of("int-1"), List.of(), List.of(), 10, -1, 1), "capacity must be >= 0");
  }
}
