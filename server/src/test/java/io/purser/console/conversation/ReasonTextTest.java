package io.purser.console.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTextTest {

  @Test
  void namesTheKeyOfAReasonsValueSoTheAgentReadsItInTheirLanguage() {
    assertThat(ReasonText.of("urgency_high +40").argumentKey()).isEqualTo("urgency.high");
    assertThat(ReasonText.of("intent_rebooking +25").argumentKey()).isEqualTo("intent.rebooking");
    assertThat(ReasonText.of("category_complaint +10").argumentKey())
        .isEqualTo("category.complaint");
    assertThat(ReasonText.of("loyalty_vip +15").argumentKey()).isEqualTo("loyalty.vip");
  }

  @Test
  void aNumberOfMinutesHasNoWordsToTranslate() {
    var due = ReasonText.of("sla_due_in_3_min +35");

    assertThat(due.key()).isEqualTo("reason.sla");
    assertThat(due.minutes()).as("a countdown: left before the SLA is due").isEqualTo(3);
    assertThat(due.argumentKey()).isNull();
    assertThat(ReasonText.of("sla_overdue_4_min +50").minutes()).as("overdue").isEqualTo(-4);
  }
}
