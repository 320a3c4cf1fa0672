package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words that announce a booking reference, a ticket, a loyalty, passport or phone number work
 * in each language, with or without accents, composed or decomposed; the data is found (and cards
 * masked) as in English and French.
 */
class MultilingualPersonalDataTest {

  static final Triage triage = Triage.loadDefault();

  static List<String> kindsAndValues(String text) {
    return triage.classify(TriageRequest.ofText(text)).personalData().stream()
        .map(p -> p.kind().wireName() + "=" + text.substring(p.start(), p.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mi localizador es k7m2qx, ayuda por favor | record_locator=k7m2qx",
        "Código de reserva: x4p9tz | record_locator=x4p9tz",
        "codigo de reserva x4p9tz | record_locator=x4p9tz",
        "número de reserva 7hg2kq | record_locator=7hg2kq",
        "Meine Buchungsnummer ist ab12cd, bitte helfen | record_locator=ab12cd",
        "Buchungscode: qz81mx | record_locator=qz81mx",
        "numéro de réservation k9x2lp, merci | record_locator=k9x2lp",
        "codice di prenotazione r5t7yu | record_locator=r5t7yu",
        "a minha referência é q2w3e4 | record_locator=q2w3e4",
        "رقم الحجز k7m2qx من فضلكم | record_locator=k7m2qx",
        "número do bilhete 1234567890123 | e_ticket=1234567890123",
        "Ticketnummer 1234567890123 | e_ticket=1234567890123",
        "numero del biglietto 1234567890123 | e_ticket=1234567890123",
        "رقم التذكرة 1234567890123 | e_ticket=1234567890123",
        "mi teléfono es 612345678 | phone=612345678",
        "meine Handynummer 01711234567 | phone=01711234567",
        "o meu telemóvel 912345678 | phone=912345678",
        "il mio cellulare 3331234567 | phone=3331234567",
        "رقم جوالي 0501234567 | phone=0501234567",
        "Número de pasaporte 12345678 | passport=12345678",
        "Reisepass C01X00T47 | passport=C01X00T47",
        "escríbanme a ana.garcia@example.es | email=ana.garcia@example.es",
      })
  void announcedDataIsFoundInEveryLanguage(String text, String expected) {
    assertThat(kindsAndValues(text)).containsExactly(expected);
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(kindsAndValues(decomposed))
        .as("decomposed accents")
        .containsExactly(expected.replace(text, decomposed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mi tarjeta 4539 5787 6362 1486 fue cobrada dos veces | mi tarjeta **** **** **** 1486",
        "Meine Karte 4539578763621486 wurde belastet | Meine Karte ************1486",
      })
  void cardsAreMaskedButTheLastFour(String text, String masked) {
    assertThat(triage.classify(TriageRequest.ofText(text)).maskedText(text)).startsWith(masked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no pasa nada, gracias",
        "kein Problem, danke",
        "mi vuelo IB3456 sale a las 14:30",
        "teléfono de atención 2 horas ocupado",
        "Mein Zug 12345 hatte 40 Minuten Verspätung",
      })
  void ordinaryMessagesHoldNoPersonalData(String text) {
    assertThat(kindsAndValues(text)).isEmpty();
  }
}
