package io.purser.airline.domain;

import java.text.Normalizer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads time wishes from a customer's message in English, French or Spanish: "after 6 pm", "arrive
 * before 9", "après 18h", "arriver avant 9h", "después de las 6 de la tarde", "llegar antes de las
 * 9", plus "noon"/"midi"/"mediodía", and "in the evening"/"le soir"/"por la tarde". A bare hour is
 * read on the 24-hour clock ("after 18", "avant 9"). Text that says none of this gives nothing.
 */
public final class ConstraintParser {

  private static final String HOUR =
      "(?<hour>\\d{1,2})(?!\\d)(?:\\s?(?::|h|\\.)\\s?(?<minute>\\d{2}))?"
          + "(?!\\s*(?:hours?|hrs?|minutes?|mins?|days?|horas?|dias?|jours?)\\b)\\s?"
          + "(?<marker>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|h(?:eures?)?\\b|du soir|du matin"
          + "|de la tarde|de la noche|de la manana|o'?clock)?";
  private static final Pattern WISH =
      Pattern.compile(
          "\\b(?<dir>after|later than|before|by|no later than|earlier than|apres|a partir de"
              + "|avant|despues de|antes de)\\s+(?:(?:las?|the)\\s+)?"
              + "(?:(?<word>noon|midday|midnight|midi|minuit|mediodia|medianoche)|"
              + HOUR
              + ")");
  private static final Pattern ARRIVAL =
      Pattern.compile(
          "(arriv|land|get there|get in|be in|be there|llega|llegu|atterr|etre a |estar en)");
  private static final Pattern EVENING =
      Pattern.compile(
          "\\b(in the evening|tonight|le soir|ce soir|en soiree|por la tarde|por la noche|esta noche)\\b");
  private static final Pattern MORNING =
      Pattern.compile("\\b(in the morning|le matin|en matinee|por la manana)\\b");

  private ConstraintParser() {}

  public static List<TravelConstraint> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var folded = fold(text);
    var found = new ArrayList<TravelConstraint>();
    Matcher m = WISH.matcher(folded);
    while (m.find()) {
      var time = time(m);
      if (time == null) {
        continue;
      }
      boolean arrival = ARRIVAL.matcher(clauseBefore(folded, m.start())).find();
      boolean after = isAfter(m.group("dir"));
      found.add(constraint(arrival, after, time));
    }
    if (found.isEmpty() && EVENING.matcher(folded).find()) {
      found.add(new TravelConstraint.DepartAfter(LocalTime.of(17, 0)));
    }
    if (found.isEmpty() && MORNING.matcher(folded).find()) {
      found.add(new TravelConstraint.DepartBefore(LocalTime.NOON));
    }
    return List.copyOf(found);
  }

  private static TravelConstraint constraint(boolean arrival, boolean after, LocalTime time) {
    if (arrival) {
      return after
          ? new TravelConstraint.ArriveAfter(time)
          : new TravelConstraint.ArriveBefore(time);
    }
    return after ? new TravelConstraint.DepartAfter(time) : new TravelConstraint.DepartBefore(time);
  }

  private static boolean isAfter(String direction) {
    return switch (direction) {
      case "after", "later than", "apres", "a partir de", "despues de" -> true;
      default -> false;
    };
  }

  /** "By 9" means arriving; otherwise the words since the last sentence break decide. */
  private static String clauseBefore(String text, int end) {
    int start = Math.max(0, end - 40);
    var before = text.substring(start, end);
    int cut =
        Math.max(
            Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')), before.lastIndexOf(';'));
    var clause = cut >= 0 ? before.substring(cut + 1) : before;
    return text.startsWith("by", end) ? clause + " arriv" : clause;
  }

  private static LocalTime time(Matcher m) {
    var word = m.group("word");
    if (word != null) {
      return switch (word) {
        case "midnight", "minuit", "medianoche" -> LocalTime.of(23, 59);
        default -> LocalTime.NOON;
      };
    }
    int hour = Integer.parseInt(m.group("hour"));
    int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
    var marker = m.group("marker") == null ? "" : m.group("marker").replaceAll("[.\\s]", "");
    boolean pm =
        marker.equals("pm")
            || marker.equals("dusoir")
            || marker.startsWith("dela") && !marker.endsWith("manana");
    boolean am = marker.equals("am") || marker.equals("dumatin") || marker.equals("delamanana");
    if (hour > 23 || minute > 59 || ((pm || am) && hour > 12)) {
      return null;
    }
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    return LocalTime.of(hour, minute);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace('’', '\'');
  }
}
