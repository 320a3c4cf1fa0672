package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One whole care message per language, as a customer would write it, through every decision at
 * once: the language detected, the urgency and its rule, needs a response, and the personal data
 * found; and everyday thanks in the same languages, which need no response and have no urgency. The
 * parts are tested one by one elsewhere (urgency, personal data, sentiment); this checks that they
 * agree on the same message.
 */
class MultilingualCareTest {

  private static final Triage triage = Triage.loadDefault();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | @Iberia perdí mi conexión en Madrid por el retraso, mi localizador es K7M2QX, ¿qué hago? | missed_connection | record_locator
          es | @vueling el embarque es en 40 minutos y la cola de facturación no avanza, localizador X4P9TZ | departure_within_hours | record_locator
          fr | @airfrance je vais rater mon vol à cause de la file au contrôle, réservation K9X2LP | missed_connection | record_locator
          de | @DB_Bahn Anschlusszug verpasst in Fulda, Buchungsnummer AB12CD, wie komme ich jetzt nach Hause? | missed_connection | record_locator
          pt | @TAPAirPortugal embarque em 40 minutos e a fila não anda, código de reserva X4P9TZ, ajudem | departure_within_hours | record_locator
          it | @Alitalia ho perso la coincidenza a Fiumicino, codice di prenotazione R5T7YU, aiutatemi | missed_connection | record_locator
          ar | @emirates فاتتني الرحلة في دبي بسبب التأخير، رقم الحجز K7M2QX | missed_connection | record_locator
          """)
  void aCareMessageIsReadWholeInItsLanguage(
      String language, String text, String urgencyRule, String personalData) {
    TriageResult result = triage.classify(TriageRequest.ofText(text));

    assertThat(result.language()).as(result.reasons().toString()).isEqualTo(language);
    assertThat(result.urgency().level())
        .as(result.reasons().toString())
        .isEqualTo(UrgencyLevel.HIGH);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("urgency:high rule=" + urgencyRule));
    assertThat(result.needsResponse()).as(result.reasons().toString()).isTrue();
    List<String> kinds = result.personalData().stream().map(p -> p.kind().wireName()).toList();
    assertThat(kinds).contains(personalData);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | @Iberia muchísimas gracias por el trato, la tripulación fue encantadora
          fr | @airfrance merci beaucoup pour ce vol parfait, équipage adorable
          de | @lufthansa vielen Dank, der Flug war pünktlich und die Crew sehr freundlich
          pt | @TAPAirPortugal obrigado pela viagem maravilhosa, equipa muito simpática
          it | @Alitalia grazie mille, volo puntuale ed equipaggio gentilissimo
          """)
  void everydayThanksNeedNoResponseAndHaveNoUrgency(String language, String text) {
    TriageResult result = triage.classify(TriageRequest.ofText(text));

    assertThat(result.language()).as(result.reasons().toString()).isEqualTo(language);
    assertThat(result.needsResponse()).as(result.reasons().toString()).isFalse();
    assertThat(result.urgency().level()).isNotEqualTo(UrgencyLevel.HIGH);
    assertThat(result.sentiment()).as(result.reasons().toString()).isEqualTo(Sentiment.POSITIVE);
  }
}
