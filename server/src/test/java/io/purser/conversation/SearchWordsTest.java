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

  @Test
  void aQueryWordLooksForItsStemInEnglishFrenchAndSpanish() {
    assertThat(SearchWords.stem("delayed")).isEqualTo("delay");
    assertThat(SearchWords.stem("delays")).isEqualTo("delay");
    assertThat(SearchWords.stem("delaying")).isEqualTo("delay");
    assertThat(SearchWords.stem("delay")).isEqualTo("delay");
    assertThat(SearchWords.stem("cancelled")).isEqualTo("cancel");
    assertThat(SearchWords.stem("cancellation")).isEqualTo("cancel");
    assertThat(SearchWords.stem("annulee")).isEqualTo("annul");
    assertThat(SearchWords.stem("remboursement")).isEqualTo("rembours");
    assertThat(SearchWords.stem("retrasado")).isEqualTo("retras");
    assertThat(SearchWords.stem("vuelos")).isEqualTo("vuel");
    assertThat(SearchWords.stem("retraso")).isEqualTo("retras");
    assertThat(SearchWords.stem("cancelada")).isEqualTo("cancel");
  }

  @Test
  void aStemIsNeverCutBelowFourLetters() {
    assertThat(SearchWords.stem("times")).isEqualTo("time");
    assertThat(SearchWords.stem("passes")).isEqualTo("pass");
    assertThat(SearchWords.stem("seat")).isEqualTo("seat");
    assertThat(SearchWords.stem("bags")).isEqualTo("bags");
    assertThat(SearchWords.stem("q4zr8m")).isEqualTo("q4zr8m");
  }

  @Test
  void aStemMatchesTheWordsItBeginsButATwoLetterWordOnlyItself() {
    assertThat(SearchWords.matches("delayed", SearchWords.stem("delay"))).isTrue();
    assertThat(SearchWords.matches("delay", SearchWords.stem("delayed"))).isTrue();
    assertThat(SearchWords.matches("canceled", SearchWords.stem("cancelled"))).isTrue();
    assertThat(SearchWords.matches("annulation", SearchWords.stem("annulee"))).isTrue();
    assertThat(SearchWords.matches("relay", "delay")).isFalse();
    assertThat(SearchWords.matches("da", "da")).isTrue();
    assertThat(SearchWords.matches("dallas", "da")).isFalse();
  }
}
