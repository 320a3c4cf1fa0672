package io.purser.sla.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calendars and local times shared by the SLA tests. */
final class Calendars {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Calendars() {}

  /** Monday to Friday, 09:00–17:00, in {@code zone}, with these holidays. */
  static BusinessCalendar officeHours(ZoneId zone, LocalDate... holidays) {
    return BusinessCalendar.businessHours(
        zone, BusinessHours.weekdays(WorkingHours.of("09:00", "17:00")), Set.of(holidays));
  }

  /** Every day, every hour, but counted in {@code zone}'s local days. */
  static BusinessCalendar everyLocalHour(ZoneId zone) {
    return BusinessCalendar.businessHours(zone, everyDay(List.of(WorkingHours.allDay())), Set.of());
  }

  static Map<DayOfWeek, List<WorkingHours>> everyDay(List<WorkingHours> hours) {
    var week = new EnumMap<DayOfWeek, List<WorkingHours>>(DayOfWeek.class);
    for (var day : DayOfWeek.values()) {
      week.put(day, hours);
    }
    return week;
  }

  /** The instant of a local time such as {@code "2026-03-27T16:00"} in {@code zone}. */
  static Instant local(String dateTime, ZoneId zone) {
    return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
  }
}
