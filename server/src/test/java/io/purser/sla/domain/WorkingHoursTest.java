package io.purser.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  @Test
  void aRangeMayEndAtMidnightWrittenAs2400() {
    var evening = WorkingHours.of("18:00", "24:00");
    assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(evening.endsAtMidnight()).isTrue();
    assertThat(WorkingHours.allDay().endsAtMidnight()).isTrue();
  }

  @Test
  void aRangeMustEndAfterItStarts() {
    assertThatThrownBy(() -> WorkingHours.of("17:00", "09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end after they start");
    assertThatThrownBy(() -> WorkingHours.of("09:00", "09:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rangesThatShareOnlyAnEdgeDoNotOverlap() {
    assertThat(WorkingHours.of("09:00", "12:00").overlaps(WorkingHours.of("12:00", "17:00")))
        .isFalse();
    assertThat(WorkingHours.of("09:00", "12:01").overlaps(WorkingHours.of("12:00", "17:00")))
        .isTrue();
    assertThat(WorkingHours.of("18:00", "24:00").overlaps(WorkingHours.of("23:00", "23:30")))
        .isTrue();
  }
}
