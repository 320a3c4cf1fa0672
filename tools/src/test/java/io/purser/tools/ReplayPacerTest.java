package io.purser.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayPacerTest {

  @Test
  void pacesByTheRealGapsDividedByTheSpeed() {
    var pacer = new ReplayPacer(60);
    var start = Instant.parse("2015-02-24T10:00:00Z");

    assertThat(pacer.dueInNanos(start, 0)).isZero();
    assertThat(pacer.dueInNanos(start.plusSeconds(60), 0)).isEqualTo(1_000_000_000L);
    assertThat(new ReplayPacer(0).dueInNanos(start.plusSeconds(3600), 0)).isZero();
  }
}
