package io.purser.triage.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.cues.CueLexicon;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations and clock times are read in every language, whatever the case or accents. */
class TimeExpressionsTest {

  private static TimeExpressions.Span duration(String language, String text) {
    return TimeExpressions.firstDuration(CueLexicon.standard().scan(text, language));
  }

  private static String clock(String language, String text) {
    return TimeExpressions.firstClockTime(CueLexicon.standard().scan(text, language));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} min")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | my flight leaves in 2 hours | 120",
        "en | leaving in 2h | 120",
        "en | boarding within half an hour | 30",
        "en | in about 40 mins, help | 40",
        "en | in 5 minutes or in 2 hours | 5",
        "en | in a few days, in 3 hours | 180",
        "fr | mon vol part dans 40 minutes | 40",
        "fr | DANS 45 MINUTES | 45",
        "fr | mon vol décolle dans une heure | 60",
        "fr | dans une demi-heure | 30",
        "fr | dans 1h30 | 90",
        "es | mi vuelo sale en 2 horas | 120",
        "es | sale en tres horas | 180",
        "es | embarcamos en media hora | 30",
        "es | dentro de 40 minutos | 40",
        "de | mein Flug geht in 30 Minuten | 30",
        "de | Abflug In zwei Stunden | 120",
        "de | in einer Stunde | 60",
        "de | in einer halben Stunde | 30",
        "pt | embarque em 40 minutos | 40",
        "pt | o voo sai daqui a uma hora | 60",
        "pt | em meia hora | 30",
        "it | il mio volo parte tra un'ora | 60",
        "it | il mio volo parte tra un’ora | 60",
        "it | fra mezz'ora | 30",
        "it | tra 40 minuti | 40",
        "ar | رحلتي بعد ساعة | 60",
        "ar | رحلتي بعد ساعتين | 120",
        "ar | الطائرة تقلع بعد ٤٠ دقيقة | 40",
        "ar | رحلتي بعد نصف ساعة | 30",
        "und | mi vuelo sale en 2 horas | 120",
      })
  void readsDurations(String language, String text, long minutes) {
    assertThat(duration(language, text).until()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | within2 hours",
        "en | begin 2 hours",
        "en | in 2 days",
        "en | waited in line for hours",
        "en | ''",
        "es | esperé 3 horas en la cola",
        "de | seit 2 Stunden in der Schlange",
        "fr | j'ai attendu 2 heures",
        "ar | بعد ساعات من الانتظار",
        // Punctuation ends the expression; a number does not follow a number word.
        "en | everyone is checking in. A 4 hour delay",
        "en | what century are we in? 25 min on hold",
        "en | make me wait in a 6 hr layover",
        // A French duration word is not read in a message detected as English.
        "en | dans 40 minutes",
      })
  void findsNoDurationWithoutALeadingWordANumberAndAUnit(String language, String text) {
    assertThat(duration(language, text)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | mi vuelo sale a las 14:30 | a las 14:30",
        "fr | mon vol est à 14h30 | a 14h30",
        "de | mein Flug geht um 14 Uhr | um 14 uhr",
        "de | Zug ab 9:45 | ab 9:45",
        "en | my flight at 5pm | at 5pm",
        "en | my flight is at 5 PM | at 5 pm",
        "pt | o voo é às 14h | as 14h",
        "it | il volo è alle 14:30 | alle 14:30",
        "ar | رحلتي الساعة 3:15 | الساعه 3:15",
      })
  void readsClockTimes(String language, String text, String words) {
    assertThat(clock(language, text)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | delayed 1:30 already",
        "en | flight 1234 at gate 25",
        "en | flight at. 14:30",
        "fr | retard de 2h",
        "es | a las 25:00",
        "de | Gleis 14",
      })
  void findsNoClockTimeWithoutItsWords(String language, String text) {
    assertThat(clock(language, text)).isNull();
  }
}
