package io.purser.triage.urgency;

import io.purser.triage.text.PhraseSet;
import java.util.List;

/** Phrases that make a message urgent, or not, in the languages triage reads. */
final class UrgencyCues {

  static final PhraseSet AT_AIRPORT =
      phrases(
          " at the airport",
          " at the gate",
          " at gate ",
          " at the counter",
          " in line at",
          " at check-in",
          " at the desk",
          " at baggage claim",
          " at security",
          " on the plane",
          " on the tarmac",
          " à l'aéroport",
          " à la porte",
          " en el aeropuerto",
          " en la puerta",
          " am flughafen",
          " am gate",
          " all'aeroporto",
          " al gate",
          " no aeroporto",
          " op het vliegveld",
          " op schiphol",
          " op de luchthaven");
  static final PhraseSet STRANDED =
      phrases(
          " stranded",
          " stuck in",
          " stuck at",
          " sleeping at",
          " sleep at the",
          " no hotel",
          " overnight in",
          " bloqué",
          " bloquée",
          " varado",
          " varada",
          " atrapado",
          " gestrandet",
          " festsitzen",
          " bloccato",
          " bloccata",
          " preso no",
          " presa no",
          " vast op",
          " vast in");
  static final PhraseSet MISSED_CONNECTION =
      phrases(
          " missed connection",
          " missed my connection",
          " miss my connection",
          " missed my flight",
          " going to miss",
          " gonna miss",
          " will miss my",
          " about to miss",
          " misconnect",
          " raté ma correspondance",
          " perdí mi conexión",
          " anschluss verpasst",
          " perso la coincidenza",
          " perdi minha conexão",
          " aansluiting gemist");

  /** The flight as booked no longer works for the traveller (often after a schedule change). */
  static final PhraseSet CANNOT_MAKE_FLIGHT =
      phrases(
          " can't make it",
          " cannot make it",
          " can not make it",
          " won't make it",
          " can't make the new",
          " no longer make",
          " can't make that flight",
          " ne peux pas le prendre",
          " ne pourrai pas le prendre",
          " no puedo tomarlo",
          " no llego");

  static final PhraseSet DEPARTING_NOW =
      phrases(
          " boarding now",
          " about to board",
          " leaving now",
          " departs soon",
          " leaves soon",
          " flight today",
          " flight tonight",
          " flying today",
          " flying tonight",
          " fly today",
          " this morning",
          " this afternoon",
          " this evening",
          " tonight",
          " today",
          " aujourd'hui",
          " ce soir",
          " hoy ",
          " esta noche",
          " heute",
          " oggi",
          " stasera",
          " hoje",
          " vandaag",
          " vanavond");
  static final PhraseSet TOMORROW =
      phrases(
          " tomorrow", " tmrw", " tmw ", " demain", " mañana", " morgen ", " domani", " amanhã");
  static final PhraseSet PAST_TRIP =
      phrases(
          " yesterday",
          " last week",
          " last month",
          " last year",
          " last night",
          " weeks ago",
          " months ago",
          " days ago",
          " hier ",
          " ayer",
          " gestern",
          " ieri",
          " ontem",
          " gisteren",
          " la semaine dernière",
          " la semana pasada",
          " letzte woche",
          " la settimana scorsa");

  private UrgencyCues() {}

  private static PhraseSet phrases(String... phrases) {
    return new PhraseSet(List.of(phrases));
  }
}
