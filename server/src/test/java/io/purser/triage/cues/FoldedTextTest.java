package io.purser.triage.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Folding makes the ways people type a word one, and keeps where each character came from. */
class FoldedTextTest {

  @Test
  void dropsCaseAndAccentsComposedOrDecomposed() {
    assertThat(FoldedText.of("Perdí mi CONEXIÓN").text()).isEqualTo("perdi mi conexion");
    String decomposed = Normalizer.normalize("réservation à Zürich", Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan("réservation à Zürich".length());
    assertThat(FoldedText.of(decomposed).text()).isEqualTo("reservation a zurich");
    assertThat(FoldedText.of("Ñandú, São, Çà").text()).isEqualTo("nandu| sao| ca");
  }

  @Test
  void readsPunctuationAsABreakButKeepsApostrophesClockTimesAndHyphenatedWordsApart() {
    assertThat(FoldedText.of("l’aéroport! 14:30, check-in - ok").text())
        .isEqualTo("l aeroport| 14:30| check-in | ok");
    assertThat(FoldedText.of("a: 1\tun'ora").text()).isEqualTo("a| 1 un ora");
  }

  @Test
  void makesArabicVariantsAndDigitsOne() {
    // Hamza forms of alef, alef maqsura, ta marbuta, short vowels and tatweel.
    assertThat(FoldedText.of("أحمد إلى آخر").text()).isEqualTo("احمد الي اخر");
    assertThat(FoldedText.of("ساعةٌ").text()).isEqualTo("ساعه");
    assertThat(FoldedText.of("رحـــلة").text()).isEqualTo("رحله");
    assertThat(FoldedText.of("٤٠ دقيقة").text()).isEqualTo("40 دقيقه");
  }

  @Test
  void mapsFoldedPositionsBackToTheOriginal() {
    String original = Normalizer.normalize("é1 x", Normalizer.Form.NFD);
    FoldedText folded = FoldedText.of(original);
    assertThat(folded.text()).isEqualTo("e1 x");
    assertThat(folded.originOf(1)).isEqualTo(2);
    assertThat(folded.originOf(folded.text().length())).isEqualTo(original.length());
    assertThat(folded.foldedIndexOf(2)).isEqualTo(1);
  }

  @Test
  void keepsPunctuationForPatternsWhenAsked() {
    assertThat(FoldedText.keepingPunctuation("FF# Miles&More").text()).isEqualTo("ff# miles&more");
  }
}
