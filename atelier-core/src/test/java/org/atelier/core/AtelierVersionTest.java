package org.atelier.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtelierVersionTest {

  @Test
  void current_isTheBuildsStampedVersion() {
    assertThat(AtelierVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
