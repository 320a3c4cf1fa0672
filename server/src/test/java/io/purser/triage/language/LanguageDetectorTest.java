package io.purser.triage.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.text.MessageText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

  static final LanguageDetector any = LanguageDetector.anyLanguage();

  static LanguageDetection detect(LanguageDetector detector, String text) {
    return detector.detect(MessageText.of(text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | je vais rater mon vol",
        "fr | @AirFrance je vais rater mon vol, personne ne répond",
        "es | perdí mi conexión en Madrid",
        "es | @Iberia perdí mi conexión en Madrid y nadie me ayuda",
        "de | Anschlusszug verpasst, danke DB",
        "de | @DB_Bahn Anschlusszug verpasst, danke DB",
        "pt | embarque em 40 minutos e ninguém responde",
        "pt | @latam embarque em 40 minutos e ninguém responde",
        "it | il volo è cancellato",
        "it | @Alitalia il volo è cancellato, e adesso?",
        "ar | @EmiratesSupport رحلتي تأخرت ثلاث ساعات ولا أحد يرد",
        "ar | فاتتني رحلة الربط في دبي",
        "en | @united flight delayed again, stuck at ORD",
        "en | @AmericanAir I missed my connection in Dallas and nobody helps"
      })
  void tellsTheLanguageOfCareMessages(String expected, String text) {
    assertThat(detect(any, text).language()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "und: {0}")
  @ValueSource(
      strings = {
        "",
        "😡",
        "✈️✈️✈️",
        "https://t.co/abc123",
        "@united",
        "@united @Delta https://t.co/x",
        "ok",
        "no",
        "@Iberia ok",
        "#fail",
        "???"
      })
  void isUndeterminedWhenTheTextIsTooShortToTell(String text) {
    LanguageDetection d = detect(any, text);
    assertThat(d.language()).isEqualTo("und");
    assertThat(d.rule()).isEqualTo("too_short");
  }

  @Test
  void mentionsAndLinksDoNotDecideTheLanguage() {
    // English handles and an English link slug around a Spanish sentence: still Spanish.
    String text =
        "@AmericanAir @united_help_desk_team_english perdí mi conexión en Madrid"
            + " https://www.example.com/the-english-words-of-a-long-link";
    assertThat(detect(any, text).language()).isEqualTo("es");
  }

  @Test
  void aHashtagsWordsCount() {
    // The camel-case hashtag is read as "Anschluss Verpasst": German words.
    assertThat(detect(any, "@DB_Bahn #AnschlussVerpasst #ZugAusgefallen").language())
        .isEqualTo("de");
    assertThat(DetectionText.of("RT @user: #AnschlussVerpasst heute http://t.co/x"))
        .isEqualTo("Anschluss Verpasst  heute");
  }

  @Test
  void codesAndAddressesAreNoWords() {
    // Real replies from the English test split: a record locator or an address alone read
    // Italian and German to Lingua, which sent them to the wrong sentiment head.
    assertThat(detect(any, "@united I6EP18").language()).isEqualTo("und");
    assertThat(detect(any, "@united dmangen@visualclubconcepts.com").language()).isEqualTo("und");
    assertThat(DetectionText.of("Meine Buchung X7KQ2P, Mail an anna@example.de, 64GB bitte"))
        .isEqualTo("Meine Buchung  Mail an   bitte");
    assertThat(detect(any, "Ich habe meine Buchung X7KQ2P verloren").language()).isEqualTo("de");
  }

  @Test
  void aLetterRepeatedThreeTimesCountsOnce() {
    assertThat(DetectionText.foldRuns("siiiiim, sangueee, vooo, cool"))
        .isEqualTo("sim, sangue, vo, cool");
  }

  @Test
  void aMixedMessageGetsItsMainLanguage() {
    assertThat(
            detect(any, "Mi vuelo fue cancelado y nadie me dice nada, so frustrating").language())
        .isEqualTo("es");
  }

  @Test
  void aLanguageTheWorkspaceDoesNotServeIsUndeterminedAndNamedInTheReason() {
    LanguageDetector englishAndFrench = LanguageDetector.serving(Set.of("en", "FR"));
    LanguageDetection d =
        detect(englishAndFrench, "@Iberia perdí mi conexión en Madrid y nadie me ayuda");
    // Not French (the closest served language): routing would give it to a French agent.
    assertThat(d.language()).isEqualTo("und");
    assertThat(d.rule()).isEqualTo("not_served");
    assertThat(d.detected()).isEqualTo("es");
    assertThat(d.reason()).isEqualTo("language:und rule=not_served detected=es");
    assertThat(detect(englishAndFrench, "je vais rater mon vol").language()).isEqualTo("fr");
  }

  @Test
  void theServedLanguagesAreTheSupportedOnesAsked() {
    assertThat(LanguageDetector.serving(Set.of("EN", "es", "xx", "nl")).served())
        .containsExactlyInAnyOrder("en", "es");
    assertThat(any.served()).isNull();
  }

  @Test
  void theReasonSaysHowItWasDecided() {
    assertThat(detect(any, "فاتتني رحلة الربط في دبي").reason())
        .isEqualTo("language:ar rule=script");
    assertThat(detect(any, "ok").reason()).isEqualTo("language:und rule=too_short");
  }

  @Test
  void theProductCarriesTheModelsOfTheLanguagesLinguaComparesAndNoOthers() throws Exception {
    LinguaModels.requireModels();
    var models = Path.of("target/classes/language-models");
    try (var folders = Files.list(models)) {
      assertThat(folders.map(folder -> folder.getFileName().toString()))
          .containsExactlyInAnyOrder("en", "es", "fr", "de", "pt", "it");
    }
  }
}
