package io.purser.triage.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that announce a kind of personal data ("confirmation", "PNR", "localizador", "frequent
 * flyer", "passport", …) and where they end in a text, so a candidate can ask whether one of them
 * comes just before it.
 */
final class ContextCues {

  /** How far before a candidate its announcing words may end (in characters). */
  static final int WINDOW = 40;

  static final Pattern LOCATOR =
      Pattern.compile(
          "(?iu)\\b(conf(irmation)?|confirm|record ?locator|locator|pnr|booking|reservation|res"
              + "|ref(erence)?|r[ée]servation|dossier|localizador|reserva|buchung(s(code|nummer))?"
              + "|prenotazione|boekings?code|reserverings?code|code|c[óo]digo|codice)\\b");
  static final Pattern TICKET =
      Pattern.compile(
          "(?iu)\\b(e-?ticket|eticket|etkt|ticket|tkt|billet|boleto|bilhete|biglietto|flugschein)\\b");
  static final Pattern LOYALTY =
      Pattern.compile(
          "(?iu)(aadvantage|mileage ?plus|sky ?miles|rapid ?rewards|true ?blue|frequent ?fl[yi]er"
              + "|\\bff ?#|loyalty|member(ship)? (number|no|#)|flying ?blue|miles ?(&|and|\\+) ?more"
              + "|krisflyer|executive club|avios|mileage plan|elevate|n[úu]mero de socio"
              + "|\\bswrr|\\brr ?#|dividend|\\bdiv\\.? ?(no|#)"
              + "|num[ée]ro (de )?(fid[ée]lit[ée]|membre)|vielflieger)");
  static final Pattern PASSPORT =
      Pattern.compile(
          "(?iu)\\b(passport|passeport|pasaporte|reisepass|passaporto|passaporte|paspoort)");
  static final Pattern FLIGHT =
      Pattern.compile("(?iu)\\b(flight|flt|vol|vuelo|flug|volo|voo|vlucht)\\s*#?\\s*$");

  private ContextCues() {}

  /** Whether a match of {@code cue} ends within {@link #WINDOW} characters before {@code start}. */
  static boolean before(Pattern cue, String text, int start) {
    return distance(cue, text, start) <= WINDOW;
  }

  /**
   * How many characters lie between the end of the last match of {@code cue} and {@code start},
   * looking back at most {@link #WINDOW} characters; {@code Integer.MAX_VALUE} when none.
   */
  static int distance(Pattern cue, String text, int start) {
    Matcher m = cue.matcher(text).region(Math.max(0, start - WINDOW), start);
    int lastEnd = -1;
    while (m.find()) {
      lastEnd = m.end();
    }
    return lastEnd < 0 ? Integer.MAX_VALUE : start - lastEnd;
  }

  /** Whether the text just before {@code start} names a flight ("flight UA1234"). */
  static boolean afterFlightWord(String text, int start) {
    return FLIGHT.matcher(text).region(Math.max(0, start - 12), start).find();
  }
}
