package io.purser.sla;

import io.purser.sla.domain.BusinessCalendar;
import io.purser.sla.domain.SlaOverride;
import io.purser.sla.domain.SlaPolicy;
import io.purser.sla.domain.SlaTargets;
import io.purser.sla.domain.WorkingHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workspace's SLA policy as the REST API reads and writes it, and as it is stored:
 *
 * <pre>{@code
 * {"name": "Care",
 *  "calendar": {"type": "business_hours", "timeZone": "Europe/Paris",
 *               "hours": {"monday": [{"start": "08:00", "end": "20:00"}], …},
 *               "holidays": ["2026-12-25"]},
 *  "targets": {"firstResponse": "PT10M", "nextResponse": "PT30M", "resolution": "PT24H",
 *              "warnBefore": "PT2M"},
 *  "overrides": [{"channel": "x", "visibility": "private", "priorityBand": "high",
 *                 "targets": {"firstResponse": "PT5M"}}]}
 * }</pre>
 *
 * Durations are ISO-8601 ({@code PT10M}); a calendar of type {@code always} needs nothing else.
 */
public record SlaPolicyDocument(
    String name, Calendar calendar, Targets targets, List<Override> overrides) {

  /** When targets run: {@code always} (24/7) or {@code business_hours}. */
  public record Calendar(
      String type, String timeZone, Map<String, List<Hours>> hours, List<String> holidays) {}

  public record Hours(String start, String end) {}

  public record Targets(
      String firstResponse, String nextResponse, String resolution, String warnBefore) {}

  public record Override(String channel, String visibility, String priorityBand, Targets targets) {}

  /** Purser's promise out of the box: first response within 10 minutes, around the clock. */
  public static SlaPolicyDocument defaults() {
    return new SlaPolicyDocument(
        "Default",
        new Calendar("always", "UTC", null, null),
        new Targets("PT10M", "PT30M", "PT24H", "PT2M"),
        List.of());
  }

  /**
   * The policy this document describes.
   *
   * @throws IllegalArgumentException with a message for the person who wrote it
   */
  public SlaPolicy toPolicy() {
    if (targets == null) {
      throw new IllegalArgumentException("targets are required");
    }
    var rules = new ArrayList<SlaOverride>();
    if (overrides != null) {
      for (var o : overrides) {
        if (o == null || o.targets() == null) {
          throw new IllegalArgumentException("each override needs targets");
        }
        rules.add(
            new SlaOverride(
                blankToNull(o.channel()),
                visibility(o.visibility()),
                blankToNull(o.priorityBand()),
                targets(o.targets())));
      }
    }
    return new SlaPolicy(
        name == null || name.isBlank() ? "Default" : name.strip(),
        businessCalendar(),
        targets(targets),
        rules);
  }

  private BusinessCalendar businessCalendar() {
    if (calendar == null || calendar.type() == null || "always".equals(calendar.type())) {
      return BusinessCalendar.always();
    }
    if (!"business_hours".equals(calendar.type())) {
      throw new IllegalArgumentException(
          "calendar.type must be always or business_hours (got '" + calendar.type() + "')");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(calendar.timeZone() == null ? "" : calendar.timeZone());
    } catch (DateTimeException unknown) {
      throw new IllegalArgumentException(
          "calendar.timeZone must be a region such as Europe/Paris (got '"
              + calendar.timeZone()
              + "')");
    }
    var week = new EnumMap<DayOfWeek, List<WorkingHours>>(DayOfWeek.class);
    if (calendar.hours() != null) {
      for (var day : calendar.hours().entrySet()) {
        DayOfWeek dayOfWeek;
        try {
          dayOfWeek = DayOfWeek.valueOf(day.getKey().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
          throw new IllegalArgumentException(
              "calendar.hours keys are days monday…sunday (got '" + day.getKey() + "')");
        }
        var ranges = new ArrayList<WorkingHours>();
        for (var range : day.getValue() == null ? List.<Hours>of() : day.getValue()) {
          try {
            ranges.add(WorkingHours.of(range.start(), range.end()));
          } catch (DateTimeParseException | NullPointerException invalid) {
            throw new IllegalArgumentException(
                "working hours need start and end as HH:MM (end may be 24:00), on " + day.getKey());
          }
        }
        week.put(dayOfWeek, ranges);
      }
    }
    var holidays = new LinkedHashSet<LocalDate>();
    if (calendar.holidays() != null) {
      for (var holiday : calendar.holidays()) {
        try {
          holidays.add(LocalDate.parse(holiday));
        } catch (DateTimeParseException | NullPointerException invalid) {
          throw new IllegalArgumentException(
              "holidays are dates such as 2026-12-25 (got '" + holiday + "')");
        }
      }
    }
    return BusinessCalendar.businessHours(zone, week, holidays);
  }

  private static SlaTargets targets(Targets t) {
    return new SlaTargets(
        duration(t.firstResponse(), "firstResponse"),
        duration(t.nextResponse(), "nextResponse"),
        duration(t.resolution(), "resolution"),
        duration(t.warnBefore(), "warnBefore"));
  }

  private static Duration duration(String iso, String field) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return Duration.parse(iso.strip());
    } catch (DateTimeParseException invalid) {
      throw new IllegalArgumentException(
          field + " must be an ISO-8601 duration such as PT10M (got '" + iso + "')");
    }
  }

  private static SlaOverride.Visibility visibility(String wire) {
    if (wire == null || wire.isBlank()) {
      return null;
    }
    try {
      return SlaOverride.Visibility.valueOf(wire.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "visibility must be public or private (got '" + wire + "')");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
