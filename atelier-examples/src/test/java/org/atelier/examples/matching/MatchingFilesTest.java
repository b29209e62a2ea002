package org.atelier.examples.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.atelier.core.matching.MatchingProblem;
import org.atelier.examples.cli.BadInputException;
import org.junit.jupiter.api.Test;

class MatchingFilesTest {

  @Test
  void csv_parsesNumbersExactlyLikeParseDouble() {
    String[] cells = {"0.1", "-2.5", "1e3", "3.141592653589793", "0.000123456", "123456789012345678901", "7", "+4.25E-2"};
    MatchingProblem p = WeightMatrixCsv.parse(String.join(",", cells).getBytes(StandardCharsets.US_ASCII), 1, "t");
    for (int c = 0; c < cells.length; c++) {
      assertThat(p.weight(0, c)).as(cells[c]).isEqualTo(Double.parseDouble(cells[c]));
    }
  }

  @Test
  void csv_refusesNonFiniteAndGarbage() {
    assertThatThrownBy(() -> WeightMatrixCsv.parse("1,NaN".getBytes(StandardCharsets.US_ASCII), 1, "t"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("line 1, column 2");
    assertThatThrownBy(() -> WeightMatrixCsv.parse("1e999".getBytes(StandardCharsets.US_ASCII), 1, "t"))
        .hasMessageContaining("must be finite");
  }

  @Test
  void json_duplicateInternId_namesBothPlaces() {
    String json = "{\"format\":\"atelier-matching/1\",\"interns\":[{\"id\":\"a\"},{\"id\":\"a\"}],\"mentors\":[]}";
    assertThatThrownBy(() -> MatchingJson.parse(json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("$.interns[1].id: duplicate id \"a\", already used at $.interns[0]");
  }

  @Test
  void json_unknownField_isRefusedWithItsPath() {
    String json = "{\"format\":\"atelier-matching/1\",\"interns\":[{\"id\":\"a\",\"rank\":[]}],\"mentors\":[]}";
    assertThatThrownBy(() -> MatchingJson.parse(json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("$.interns[0].rank: unknown field");
  }

  @Test
  void json_wrongFormat_isRefused() {
    assertThatThrownBy(() -> MatchingJson.parse("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("$.format: expected \"atelier-matching/1\"");
  }
}
