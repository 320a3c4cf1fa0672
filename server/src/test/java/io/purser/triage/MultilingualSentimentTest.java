package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Messages in Spanish, German, French, Portuguese and Italian are read by the multilingual
 * sentiment head, with the reasons in their own words; English keeps the English head.
 */
class MultilingualSentimentTest {

  static final Triage triage = Triage.loadDefault();

  static TriageResult classify(String text) {
    return triage.classify(TriageRequest.ofText(text));
  }

  static String sentimentReason(TriageResult result) {
    return result.reasons().stream().filter(r -> r.startsWith("sentiment:")).findFirst().orElse("");
  }

  @Test
  void theShippedModelHasAMultilingualHead() {
    assertThat(Triage.loadDefault().modelVersion()).startsWith("triage-1.");
    assertThat(MultilingualSentiment.of(triageModel())).isNotNull();
    assertThat(MultilingualSentiment.of(triageModel()).reads("es")).isTrue();
    assertThat(MultilingualSentiment.of(triageModel()).reads("en")).isFalse();
    assertThat(MultilingualSentiment.of(triageModel()).reads("und")).isFalse();
  }

  @Test
  void aSpanishComplaintIsNegativeAndNeedsAResponseForItsSpanishWords() {
    TriageResult result =
        classify("@Iberia vuelo cancelado otra vez y perdí mi conexión en Madrid, vergonzoso");

    assertThat(result.language()).isEqualTo("es");
    assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(result.needsResponse()).isTrue();
    assertThat(sentimentReason(result)).startsWith("sentiment:negative").contains("words=");
  }

  @Test
  void spanishThanksArePositiveAndNeedNoResponse() {
    TriageResult result =
        classify("@vueling muchas gracias por solucionarlo tan rápido, excelente atención");

    assertThat(result.language()).isEqualTo("es");
    assertThat(result.sentiment()).isEqualTo(Sentiment.POSITIVE);
    assertThat(result.needsResponse()).isFalse();
  }

  @Test
  void aGermanComplaintAboutADelayIsNegative() {
    TriageResult result =
        classify(
            "@DB_Bahn schon wieder 90 Minuten Verspätung und der Anschlusszug ist weg. Frechheit!");

    assertThat(result.language()).isEqualTo("de");
    assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    assertThat(result.needsResponse()).isTrue();
  }

  @Test
  void aNegatedComplaintWordInFrenchIsNotReadAsPraise() {
    TriageResult result =
        classify("@airfrance vol annulé, bagage perdu et personne ne répond, c'est pas normal");

    assertThat(result.language()).isEqualTo("fr");
    assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
  }

  static io.purser.triage.model.TriageModel triageModel() {
    try (var in = Triage.class.getResourceAsStream(Triage.DEFAULT_MODEL)) {
      return io.purser.triage.model.ModelCodec.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
