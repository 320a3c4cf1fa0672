package io.purser.console;

import io.purser.identity.PurserPrincipal;
import io.purser.sla.SlaManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's one way to write times and durations, as templates call it ({@code
 * ${@times.countdown(dueAt)}}): Purser's own times in the workspace's time zone (its SLA
 * calendar's), a flight's times as the airline gives them, local at the airport and labelled so
 * ("19:15 JFK time"), and durations as durations ("in 7 min", "3 min overdue"), in the agent's
 * language. {@code static/js/console.js} counts the same durations down in the browser with the
 * patterns of {@link #clientWords()}, so both write the same words.
 */
@Component("times")
public class ConsoleTimes {

  /** The message keys of a duration, shared with the browser's countdown. */
  static final String[] DURATION_KEYS = {
    "time.minutes",
    "time.hours",
    "time.hoursMinutes",
    "time.days",
    "time.daysHours",
    "time.underMinute",
    "time.dueIn",
    "time.dueNow",
    "time.overdue"
  };

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TIME = "HH:mm";
  private static final String DATE = "d MMM yyyy";
  private static final String DATE_TIME = "d MMM yyyy, HH:mm";
  private static final String FLIGHT_DAY = "EEE d MMM";
  private static final String FULL = "EEEE d MMMM yyyy, HH:mm";

  private final MessageSource messages;
  private final Clock clock;
  private final LongFunction<ZoneId> zones;

  @Autowired
  ConsoleTimes(MessageSource messages, Clock clock, SlaManagement sla) {
    this(messages, clock, sla::timeZone);
  }

  ConsoleTimes(MessageSource messages, Clock clock, LongFunction<ZoneId> zones) {
    this.messages = messages;
    this.clock = clock;
    this.zones = zones;
  }

  /** How long until a deadline, or how long past it: "in 1 h 5 min", "due now", "3 min overdue". */
  public String countdown(Instant dueAt) {
    return dueAt == null ? "" : countdown(Duration.between(clock.instant(), dueAt));
  }

  /** The same for a number of minutes left (negative: overdue), as routing's reasons give it. */
  public String countdownMinutes(long minutesLeft) {
    return countdown(Duration.ofMinutes(minutesLeft));
  }

  String countdown(Duration left) {
    if (left.abs().compareTo(Duration.ofMinutes(1)) < 0) {
      return text("time.dueNow");
    }
    var words = words(left.abs());
    return left.isNegative() ? text("time.overdue", words) : text("time.dueIn", words);
  }

  /** How long since an instant: "7 min", "23 h 57 min". */
  public String elapsed(Instant since) {
    return since == null ? "" : elapsed(Duration.between(since, clock.instant()));
  }

  /** A number of minutes as a duration: "1 h 5 min". */
  public String minutes(long minutes) {
    return elapsed(Duration.ofMinutes(minutes));
  }

  String elapsed(Duration duration) {
    var d = duration.isNegative() ? Duration.ZERO : duration;
    return d.compareTo(Duration.ofMinutes(1)) < 0 ? text("time.underMinute") : words(d);
  }

  private String words(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return text("time.minutes", minutes);
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return minutes % 60 == 0
          ? text("time.hours", hours)
          : text("time.hoursMinutes", hours, minutes % 60);
    }
    long days = hours / 24;
    return hours % 24 == 0 ? text("time.days", days) : text("time.daysHours", days, hours % 24);
  }

  /** A time of day in the workspace's time zone: "14:05". */
  public String time(Instant at) {
    return format(at, TIME);
  }

  /** A date in the workspace's time zone: "7 Dec 2026". */
  public String date(Instant at) {
    return format(at, DATE);
  }

  /** A date and time in the workspace's time zone: "7 Dec 2026, 14:05". */
  public String dateTime(Instant at) {
    return format(at, DATE_TIME);
  }

  /** The tooltip of a time: in full, with the zone it is written in. */
  public String title(Instant at) {
    return at == null ? "" : text("time.title", format(at, FULL), zone().getId());
  }

  /** A flight's day and time, local at the airport as the airline gives it: "Thu 24 Dec 19:15". */
  public String flightDay(LocalDateTime local) {
    return local == null
        ? ""
        : local.format(DateTimeFormatter.ofPattern(FLIGHT_DAY, locale())) + " " + flightTime(local);
  }

  /** A flight's time of day, local at the airport: "19:15". */
  public String flightTime(LocalDateTime local) {
    return local == null ? "" : local.format(DateTimeFormatter.ofPattern(TIME, locale()));
  }

  /** An arrival: its time when it lands on the day it left, else its day and time. */
  public String flightArrival(LocalDateTime departure, LocalDateTime arrival) {
    return departure != null
            && arrival != null
            && departure.toLocalDate().equals(arrival.toLocalDate())
        ? flightTime(arrival)
        : flightDay(arrival);
  }

  /** Which clock a flight's times are on: "JFK time". */
  public String airportTime(String airport) {
    return text("time.airport", airport);
  }

  /** The tooltip of a flight's time: local at the airport, not the workspace's zone. */
  public String flightTitle(LocalDateTime local, String airport) {
    return local == null
        ? ""
        : text(
            "time.flightTitle", local.format(DateTimeFormatter.ofPattern(FULL, locale())), airport);
  }

  /** The workspace's time zone (UTC outside a signed-in request). */
  public ZoneId zone() {
    return PurserPrincipal.current().map(p -> zones.apply(p.workspaceId())).orElse(ZoneOffset.UTC);
  }

  /**
   * The duration patterns of the agent's language as JSON ({@code {"time.minutes":"{0} min",…}}),
   * for the browser's countdown to write what the server writes.
   */
  public String clientWords() {
    var patterns = new LinkedHashMap<String, String>();
    for (var key : DURATION_KEYS) {
      patterns.put(key, messages.getMessage(key, null, locale()));
    }
    return JSON.writeValueAsString(patterns);
  }

  private String format(Instant at, String pattern) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(pattern, locale()).withZone(zone()).format(at);
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
