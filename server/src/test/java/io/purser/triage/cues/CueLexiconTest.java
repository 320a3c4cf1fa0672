package io.purser.triage.cues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.triage.Intent;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The phrase files and the one matcher that reads them. */
class CueLexiconTest {

  private static final CueLexicon LEXICON = CueLexicon.standard();

  private static final Set<String> KNOWN =
      new HashSet<>(
          Set.of(
              "negation",
              "urgency.missed_connection",
              "urgency.stranded",
              "urgency.at_airport",
              "urgency.departing_now",
              "urgency.cannot_make_flight",
              "urgency.tomorrow",
              "urgency.tomorrow.not_after",
              "urgency.past_trip",
              "time.lead",
              "time.qualifier",
              "time.amount",
              "time.unit",
              "time.clock_lead",
              "time.clock_unit",
              "time.travel",
              "pii.locator",
              "pii.ticket",
              "pii.loyalty",
              "pii.passport",
              "pii.phone"));

  static {
    Arrays.stream(Intent.values()).forEach(i -> KNOWN.add("intent." + i.wireName()));
  }

  @Test
  void everyLanguageHasAFileWhoseSectionsTheDecisionsRead() {
    Map<String, Set<String>> sections = LEXICON.sectionsByLanguage();
    assertThat(sections.keySet()).containsExactlyElementsOf(CueLexicon.LANGUAGES);
    sections.forEach(
        (language, names) -> {
          assertThat(KNOWN).as(language).containsAll(names);
          assertThat(names).as(language).contains("urgency.missed_connection", "time.lead");
        });
  }

  @Test
  void phrasesMatchWholeWordsOrWordStartsWhenMarked() {
    assertThat(LEXICON.scan("we are stranded!", "en").first("urgency.stranded").phrase())
        .isEqualTo("stranded*");
    assertThat(LEXICON.scan("remboursement svp", "fr").has("intent.refund")).isTrue();
    // "hoy" is a whole word: "hoyo" (a hole) is not today.
    assertThat(LEXICON.scan("un hoyo en la pista", "es").has("urgency.departing_now")).isFalse();
  }

  @Test
  void readsTheMessageWithItsLanguageAndEnglishOrEveryLanguageWhenUndetermined() {
    String german = "Ich warte hier seit einer Stunde";
    // French "hier" (yesterday) is German "here".
    assertThat(LEXICON.scan(german, "de").has("urgency.past_trip")).isFalse();
    assertThat(LEXICON.scan("j'ai voyagé hier", "fr").has("urgency.past_trip")).isTrue();
    assertThat(LEXICON.scan("perdí mi conexión", "und").has("urgency.missed_connection")).isTrue();
    assertThat(LEXICON.scan("perdí mi conexión", "ru").has("urgency.missed_connection")).isTrue();
    assertThat(LEXICON.scan("at the gate, perdí mi conexión", "es").has("urgency.at_airport"))
        .isTrue();
  }

  @Test
  void aNegationJustBeforeAnUrgencyPhraseCancelsItButNotAnIntent() {
    assertThat(LEXICON.scan("no perdí mi conexión", "es").has("urgency.missed_connection"))
        .isFalse();
    assertThat(
            LEXICON
                .scan("je n'ai pas raté ma correspondance", "fr")
                .first("urgency.missed_connection"))
        .isNull();
    assertThat(LEXICON.scan("mi maleta no ha llegado", "es").has("intent.baggage_lost")).isTrue();
    assertThat(LEXICON.scan("heute Morgen am Gate", "de").has("urgency.tomorrow")).isFalse();
    assertThat(LEXICON.scan("Guten Morgen!", "de").has("urgency.tomorrow")).isFalse();
    assertThat(LEXICON.scan("Ich fliege morgen", "de").has("urgency.tomorrow")).isTrue();
  }

  @Test
  void accentsCaseAndDecompositionDoNotMatter() {
    for (String text :
        new String[] {
          "PERDÍ MI CONEXIÓN",
          "perdi mi conexion",
          "Perdí mi conexión",
          Normalizer.normalize("Perdí mi conexión", Normalizer.Form.NFD)
        }) {
      assertThat(LEXICON.scan(text, "es").first("urgency.missed_connection"))
          .as(text)
          .extracting(CueMatch::phrase)
          .isEqualTo("perdí mi conexión");
    }
  }

  @Test
  void aGapLetsAFewWordsComeBetweenButNoMore() {
    assertThat(
            LEXICON.scan("mi maleta azul de viaje no ha llegado", "es").has("intent.baggage_lost"))
        .isTrue();
    assertThat(
            LEXICON
                .scan("mi maleta estaba bien y el vuelo fue genial y nada no ha llegado", "es")
                .has("intent.baggage_lost"))
        .isFalse();
  }

  @Test
  void aPhraseMustHaveAWordAndAFirstWordMatchedByItsStartThreeLetters() {
    assertThatThrownBy(() -> CuePhrase.parse("x", "..."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CuePhrase.parse("x", "&"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CuePhrase.parse("x", "ab* cd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CuePhrase.parse("x", "in line at*").words()).containsExactly("in", "line", "at");
  }
}
