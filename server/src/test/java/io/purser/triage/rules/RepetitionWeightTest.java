package io.purser.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepetitionWeightTest {

  @Test
  void ordinaryRulesWeighLittle() {
    assertThat(RepetitionWeight.of("(?i)\\bUA\\d{1,4}\\b")).isEqualTo(10);
    assertThat(RepetitionWeight.of("[A-Z0-9]{6}")).isEqualTo(6);
    assertThat(RepetitionWeight.of("refund|money back")).isEqualTo(17);
  }

  @Test
  void nestedCountsMultiply() {
    assertThat(RepetitionWeight.of("(a{10}){10}")).isEqualTo(100);
    assertThat(RepetitionWeight.of("((ab){10}c){3,5}")).isEqualTo(105);
    assertThat(RepetitionWeight.of("((a{1000}){1000}){1000}")).isEqualTo(1_000_000_000L);
  }

  @Test
  void bracesThatAreNotCountsWeighNothingExtra() {
    assertThat(RepetitionWeight.of("\\p{Lu}{2}")).isEqualTo(2);
    assertThat(RepetitionWeight.of("[{}]{3}")).isEqualTo(3);
    assertThat(RepetitionWeight.of("a{x}")).isEqualTo(4);
    assertThat(RepetitionWeight.of("\\Q{1000}\\E")).isEqualTo(1);
  }

  @Test
  void hugeCountsSaturateInsteadOfOverflowing() {
    assertThat(RepetitionWeight.of("((a{99999999}){99999999}){99999999}"))
        .isEqualTo(RepetitionWeight.CEILING);
  }
}
