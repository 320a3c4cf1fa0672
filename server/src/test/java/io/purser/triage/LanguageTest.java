package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  static final Triage triage = Triage.loadDefault();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | @united flight delayed again, stuck at ORD",
        "fr | Mon vol est annulé, que dois-je faire ?",
        "es | ¿Dónde está mi maleta? Llevo dos días esperando",
        "de | Mein Koffer ist nicht angekommen",
        "it | La mia valigia non è arrivata",
        "pt | Voo cancelado e ninguém ajuda",
        "nl | Mijn koffer is niet aangekomen op Schiphol",
        "ru | Мой рейс задержан на три часа",
        "ja | 荷物が届きません",
        "und | ✈️✈️✈️"
      })
  void tellsTheLanguageOfShortMessages(String expected, String text) {
    assertThat(triage.classify(TriageRequest.ofText(text)).language()).isEqualTo(expected);
  }
}
