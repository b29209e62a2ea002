package org.atelier.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtelierExceptionTest {

  @Test
  void expectedRefusals_carryTheirCodeAndNoStackTrace() {
    AtelierException refusal = AtelierException.notPermitted("intern i2 may not approve milestone m1");
    assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(refusal.getStackTrace()).isEmpty();
    assertThat(AtelierException.validation("x").code()).isEqualTo(ErrorCode.VALIDATION);
    assertThat(AtelierException.duplicate("x").code()).isEqualTo(ErrorCode.DUPLICATE);
  }

  @Test
  void failures_keepTheirStackTrace() {
    AtelierException failure =
        new AtelierException(ErrorCode.STORAGE_FAILED, "event store unreachable", new IllegalStateException());
    assertThat(failure.getStackTrace()).isNotEmpty();
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
  }
}
