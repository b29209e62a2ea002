package org.atelier.examples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnglishTest {

  @Test
  void withArticle_putsAnBeforeAVowelLetterAndAOtherwise() {
    assertThat(English.withArticle("acceptPlan")).isEqualTo("an acceptPlan");
    assertThat(English.withArticle("intern")).isEqualTo("an intern");
    assertThat(English.withArticle("openDispute")).isEqualTo("an openDispute");
    assertThat(English.withArticle("extend")).isEqualTo("an extend");
    assertThat(English.withArticle("Ugly")).isEqualTo("an Ugly");
    assertThat(English.withArticle("mentor")).isEqualTo("a mentor");
    assertThat(English.withArticle("postTask")).isEqualTo("a postTask");
  }

  @Test
  void withArticle_refusesAnEmptyWord() {
    assertThatThrownBy(() -> English.withArticle("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void count_usesTheSingularForOneOnly() {
    assertThat(English.count(0, "intern", "interns")).isEqualTo("0 interns");
    assertThat(English.count(1, "intern", "interns")).isEqualTo("1 intern");
    assertThat(English.count(2, "person", "people")).isEqualTo("2 people");
    assertThat(English.count(1, "person", "people")).isEqualTo("1 person");
    assertThat(English.count(-1, "step", "steps")).isEqualTo("-1 steps");
  }
}
