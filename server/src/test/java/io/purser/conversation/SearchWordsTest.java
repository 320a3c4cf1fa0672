package io.purser.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void wordsAreLowerCaseWithoutAccentsSplitAtPunctuationAndEachOnce() {
    assertThat(SearchWords.of("@DemoAir Vol ANNULÉ! refund, refund: booking Q4ZR8M (DA-123)"))
        .containsExactly("demoair", "vol", "annule", "refund", "booking", "q4zr8m", "da", "123");
  }

  @Test
  void oneCharacterWordsAndBlankTextsGiveNothing() {
    assertThat(SearchWords.of("a b c")).isEmpty();
    assertThat(SearchWords.of("  ")).isEmpty();
    assertThat(SearchWords.of(null)).isEmpty();
  }

  @Test
  void aLongWordIsCutToTheColumnsLength() {
    assertThat(SearchWords.of("x".repeat(100))).containsExactly("x".repeat(SearchWords.LONGEST));
  }

  @Test
  void aHandleIsOneTermWithItsAt() {
    assertThat(SearchWords.handle("@Late_Luc")).isEqualTo("@late_luc");
    assertThat(SearchWords.handle("late_luc")).isEqualTo("@late_luc");
    assertThat(SearchWords.handle(" @ ")).isNull();
    assertThat(SearchWords.handle(null)).isNull();
  }

  @Test
  void aCustomersMessageAddsTheirNameAndHandleAndOursDoesNot() {
    assertThat(SearchWords.ofMessage("lost bag", true, "Zoé Martin", "zoe_m"))
        .containsExactly("lost", "bag", "zoe", "martin", "@zoe_m");
    assertThat(SearchWords.ofMessage("sorry", false, "Brand", "brand")).containsExactly("sorry");
  }
}
