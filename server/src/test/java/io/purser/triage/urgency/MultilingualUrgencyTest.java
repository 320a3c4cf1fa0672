package io.purser.triage.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.Urgency;
import io.purser.triage.cues.CueLexicon;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Urgency in the language the message was detected in (the detector's work is tested elsewhere):
 * real-sounding care messages in each language get the rule their words call for, with the words in
 * the reason; negations, everyday phrases and times that are not departures do not fire.
 */
class MultilingualUrgencyTest {

  private static final Instant WRITTEN = Instant.parse("2026-12-07T10:00:00Z");

  private static Urgency assess(String language, String text, List<String> reasons) {
    return new UrgencyAssessor()
        .assess(CueLexicon.standard().scan(text, language), WRITTEN, true, reasons);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Je vais rater mon vol à cause de vous ! | missed_connection | rater mon vol",
        "fr | J'ai raté ma correspondance à CDG, aidez-moi | missed_connection | raté ma correspondance",
        "fr | mon vol part dans 40 minutes et toujours pas de carte | departure_within_hours | dans 40 minutes",
        "fr | Nous sommes bloqués à Lyon depuis hier soir | stranded | bloqué*",
        "fr | mon vol de ce soir est-il maintenu ? | departure_today | vol de ce soir",
        "fr | je pars demain matin, vol AF123 | departure_tomorrow | demain",
        "fr | mon vol est à 14h30 et l'appli plante | departure_at_clock_time | a 14h30",
        "es | Perdí mi conexión en Madrid por el retraso | missed_connection | perdí mi conexión",
        "es | perdi mi conexion en madrid | missed_connection | perdí mi conexión",
        "es | PERDÍ MI CONEXIÓN EN BARAJAS | missed_connection | perdí mi conexión",
        "es | mi vuelo sale en 2 horas y no puedo hacer el check-in | departure_within_hours | en 2 horas",
        "es | estamos varados en Bogotá sin hotel | stranded | varado*",
        "es | mi vuelo sale a las 14:30 y nadie responde | departure_at_clock_time | a las 14:30",
        "es | mañana por la mañana vuelo a Lima, ¿puedo cambiar el asiento? | departure_tomorrow | mañana",
        "es | el vuelo de esta noche sigue en pie? | departure_today | esta noche",
        "es | la semana pasada perdieron mi maleta | past_trip | la semana pasada",
        "de | Anschlusszug verpasst, stehe in Fulda | missed_connection | anschlusszug verpasst",
        "de | Habe meinen Anschluss in Frankfurt verpasst | missed_connection | anschluss ... verpasst",
        "de | mein Flug geht in 30 Minuten und das Gate ist zu | departure_within_hours | in 30 minuten",
        "de | Wir sitzen am Flughafen München fest | at_airport_now | am flughafen",
        "de | mein Flug geht um 14 Uhr, kann ich noch umbuchen? | departure_at_clock_time | um 14 uhr",
        "de | Ich fliege morgen früh nach Berlin | departure_tomorrow | morgen früh",
        "de | Gestern war der Zug wieder zu spät | past_trip | gestern",
        "pt | embarque em 40 minutos e a fila não anda | departure_within_hours | em 40 minutos",
        "pt | Perdi o voo por causa do atraso de vocês | missed_connection | perdi o voo",
        "pt | estou no aeroporto há 5 horas | at_airport_now | estou no aeroporto",
        "pt | o meu voo é amanhã às 8h | departure_tomorrow | amanhã",
        "it | il mio volo parte tra un'ora e non ho la carta d'imbarco | departure_within_hours | tra un ora",
        "it | Ho perso la coincidenza a Fiumicino | missed_connection | perso la coincidenza",
        "it | siamo bloccati a Milano senza hotel | stranded | bloccati",
        "it | il volo di stasera è confermato? | departure_today | stasera",
        "ar | رحلتي بعد ساعة ولم أستلم بطاقة الصعود | departure_within_hours | بعد ساعه",
        "ar | فاتتني الرحلة بسبب التأخير | missed_connection | فاتتني الرحلة",
        "ar | أنا عالق في المطار منذ الصباح | stranded | عالق",
        "ar | رحلتي غدا صباحا | departure_tomorrow | غدا",
        "und | Perdí mi conexión en Madrid | missed_connection | perdí mi conexión",
        "de | Fliege heute Abend nach Hamburg, Gepäck zu schwer? | departure_today | heute abend",
        "pt | o meu voo é hoje à noite | departure_today | hoje à noite",
        "it | parto domani mattina da Linate | departure_tomorrow | domani",
        "ar | رحلتي الليلة إلى دبي | departure_today | الليلة",
        "fr | Mon vol part dans une demi-heure | departure_within_hours | dans une demi-heure",
        "pt | estamos presos no aeroporto de Lisboa | stranded | presos no",
      })
  void readsUrgencyWithTheWordsFound(String language, String text, String rule, String words) {
    List<String> reasons = new ArrayList<>();
    assertThat(assess(language, text, reasons).reason()).isEqualTo(rule);
    assertThat(reasons).anyMatch(r -> r.contains("words=\"" + words + "\""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | no pasa nada, gracias",
        "es | No perdí mi conexión al final, gracias por la ayuda",
        "es | Llamé a las 14:30 y nadie contestó",
        "es | esperé 3 horas en la cola del teléfono",
        "fr | Je n'ai pas raté ma correspondance finalement, merci",
        "fr | pas de souci, merci beaucoup",
        "de | kein Problem, danke",
        "de | Guten Morgen, ich habe eine Frage zur Rechnung",
        "de | Ich bin nicht am Flughafen, sondern zu Hause",
        // German "hier" (here) is no French "hier" (yesterday).
        "de | Ich warte hier auf eine Antwort zu meiner Rechnung",
        "pt | não perdi o voo, obrigado",
        "it | non ho perso la coincidenza, grazie",
        "it | nessun problema, grazie mille",
        "ar | شكرا جزيلا على المساعدة",
      })
  void everydayMessagesNegationsAndOtherTimesHaveNoTimePressure(String language, String text) {
    assertThat(assess(language, text, new ArrayList<>()).reason()).isEqualTo("no_time_pressure");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Je suis bloqué à l'aéroport", "J'ai raté ma correspondance", "Perdí el vuelo"})
  void decomposedAccentsReadAsComposedOnes(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(text);
    assertThat(assess("und", decomposed, new ArrayList<>()))
        .isEqualTo(assess("und", text, new ArrayList<>()))
        .extracting(Urgency::level)
        .hasToString("HIGH");
  }
}
