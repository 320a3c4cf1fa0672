package io.purser.media.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the flights in the text recognised on a screenshot of a booking site or an airline app: a
 * flight number ("PX 2044", "AF1235"), and near it the day, the departure and arrival times and the
 * route ("JFK - CDG"). Screenshots put a flight's details on the same line or the next few, so each
 * number takes what the lines from it up to the next number show; a date shown once for the whole
 * screen applies to every flight on it. Days without a year are the next such day on or after the
 * message (a month back at most: people send screenshots of trips to come).
 */
public final class FlightReader {

  /** How far a screenshot's flight details reach below its number, in lines. */
  static final int BLOCK_LINES = 3;

  static final int MAX_TEXT = 20_000;
  static final int MAX_FLIGHTS = 12;

  private static final Pattern FLIGHT =
      Pattern.compile("(?<![A-Z0-9])([A-Z][A-Z0-9]|[0-9][A-Z])\\s?([0-9]{1,4})(?![0-9:.h])");
  private static final Pattern ROUTE =
      Pattern.compile("(?<![A-Z])([A-Z]{3})\\s*(?:-|–|—|→|->|>|to|à)\\s*([A-Z]{3})(?![A-Z])");
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![0-9])([01]?[0-9]|2[0-3])[:.h]([0-5][0-9])(?![0-9])\\s*([AaPp]\\.?[Mm]\\.?)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![0-9])(20[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th|er)?\\.?\\s+([\\p{L}]{3,9})\\.?(?:,?\\s+(20[0-9]{2}))?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{L}])([\\p{L}]{3,9})\\.?\\s+([0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])(?:,?\\s+(20[0-9]{2}))?",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** Flight-number look-alikes that screenshots are full of. */
  private static final java.util.Set<String> NOT_AIRLINES =
      java.util.Set.of("NO", "TO", "AT", "ON", "IN", "OF", "BY", "OR", "UP", "PM", "AM", "KG");

  private static final Pattern AIRCRAFT =
      Pattern.compile("A3[0-9]{2}|A22[0-9]|B7[0-9]{2}|E[12][0-9]{2}");
  private static final Pattern PLACE_WORDS =
      Pattern.compile("(gate|seat|terminal|porte|si[eè]ge|row|rang|puerta|asiento)\\W*$");

  private static final Map<String, Integer> MONTHS = months();

  private FlightReader() {}

  /**
   * @param text what OCR recognised; null or blank reads as nothing
   * @param reference the day the customer sent the image, to place days shown without a year
   */
  public static List<SeenFlight> read(String text, LocalDate reference) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var lines = text.substring(0, Math.min(text.length(), MAX_TEXT)).lines().toList();
    var numbers = new ArrayList<int[]>(); // line index, start in line
    var found = new ArrayList<String>();
    for (int i = 0; i < lines.size() && found.size() < MAX_FLIGHTS; i++) {
      var m = FLIGHT.matcher(lines.get(i));
      while (m.find() && found.size() < MAX_FLIGHTS) {
        if (!looksLikeFlight(lines.get(i), m)) {
          continue;
        }
        found.add(m.group(1) + m.group(2));
        numbers.add(new int[] {i, m.end()});
      }
    }
    LocalDate screenDate = onlyDate(lines, reference);
    var flights = new LinkedHashMap<String, SeenFlight>();
    for (int f = 0; f < found.size(); f++) {
      int line = numbers.get(f)[0];
      int end =
          f + 1 < found.size() && numbers.get(f + 1)[0] > line
              ? Math.min(numbers.get(f + 1)[0], line + BLOCK_LINES)
              : line + BLOCK_LINES;
      var block = new StringBuilder(lines.get(line).substring(numbers.get(f)[1]));
      for (int i = line + 1; i < Math.min(end, lines.size()); i++) {
        block.append('\n').append(lines.get(i));
      }
      if (f + 1 < found.size() && numbers.get(f + 1)[0] == line) {
        block.setLength(0); // two numbers on one line: the details are not this one's alone
      }
      var details = block.toString();
      var date = firstDate(details, reference);
      var times = times(details);
      var route = ROUTE.matcher(details);
      boolean routed = route.find();
      flights.putIfAbsent(
          found.get(f),
          new SeenFlight(
              found.get(f),
              date != null ? date : screenDate,
              times.size() > 0 ? times.get(0) : null,
              times.size() > 1 ? times.get(1) : null,
              routed ? route.group(1) : null,
              routed ? route.group(2) : null));
    }
    return List.copyOf(flights.values());
  }

  /**
   * Not a common word before digits ("NO 2"), not an aircraft type ("A320", "B787"), and not a
   * gate, seat or terminal ("Gate B12").
   */
  private static boolean looksLikeFlight(String line, Matcher m) {
    var code = m.group(1);
    if (NOT_AIRLINES.contains(code)) {
      return false;
    }
    var token = code + m.group(2);
    if (AIRCRAFT.matcher(token).matches() && m.end(1) == m.start(2)) {
      return false;
    }
    var before = line.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
    return !PLACE_WORDS.matcher(before).find();
  }

  /** The date when the whole text shows exactly one, else null. */
  private static LocalDate onlyDate(List<String> lines, LocalDate reference) {
    LocalDate only = null;
    for (var line : lines) {
      var date = firstDate(line, reference);
      if (date != null) {
        if (only != null && !only.equals(date)) {
          return null;
        }
        only = date;
      }
    }
    return only;
  }

  static LocalDate firstDate(String text, LocalDate reference) {
    var iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      var date = date(iso.group(1), iso.group(2), iso.group(3));
      if (date != null) {
        return date;
      }
    }
    var dayMonth = DAY_MONTH.matcher(text);
    while (dayMonth.find()) {
      var date = dayMonth(dayMonth.group(1), dayMonth.group(2), dayMonth.group(3), reference);
      if (date != null) {
        return date;
      }
    }
    var monthDay = MONTH_DAY.matcher(text);
    while (monthDay.find()) {
      var date = dayMonth(monthDay.group(2), monthDay.group(1), monthDay.group(3), reference);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static List<LocalTime> times(String text) {
    var times = new ArrayList<LocalTime>();
    Matcher m = TIME.matcher(text);
    while (m.find() && times.size() < 2) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      var half = m.group(3);
      if (half != null) {
        if (hour < 1 || hour > 12) {
          continue;
        }
        boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      times.add(LocalTime.of(hour, minute));
    }
    return times;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate dayMonth(
      String day, String monthName, String year, LocalDate reference) {
    Integer month = MONTHS.get(fold(monthName));
    if (month == null) {
      return null;
    }
    int d = Integer.parseInt(day);
    try {
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), month, d);
      }
      var monthDay = MonthDay.of(month, d);
      var candidate = monthDay.atYear(reference.getYear());
      return candidate.isBefore(reference.minusMonths(1))
          ? monthDay.atYear(reference.getYear() + 1)
          : candidate;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String fold(String word) {
    var plain =
        java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return plain.length() > 4 ? plain.substring(0, 4) : plain;
  }

  private static Map<String, Integer> months() {
    var months = new java.util.HashMap<String, Integer>();
    String[][] names = {
      {"jan", "janu", "janv"},
      {"feb", "febr", "fev", "fevr"},
      {"mar", "marc", "mars"},
      {"apr", "apri", "avr", "avri"},
      {"may", "mai"},
      {"jun", "june", "juin"},
      {"jul", "july", "juil"},
      {"aug", "augu", "aou", "aout"},
      {"sep", "sept"},
      {"oct", "octo"},
      {"nov", "nove"},
      {"dec", "dece"}
    };
    for (int i = 0; i < names.length; i++) {
      for (var name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
