package io.purser.airline.demo;

import io.purser.airline.domain.Flight;
import io.purser.airline.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo Air's timetable, generated and deterministic: 20 airports, two hubs (New York JFK and Paris
 * CDG), each route flown every day at the same local times — evening departures eastbound across
 * the Atlantic, morning and midday westbound, several a day on shorter routes — with durations from
 * the great-circle distance and fares from distance, day and time of day. Plain Java: the same
 * dates give the same flights on every machine.
 */
final class DemoSchedule {

  static final String AIRLINE = "DA";
  static final String CURRENCY = "EUR";

  static final List<DemoAirport> AIRPORTS =
      List.of(
          DemoAirport.of("JFK", "New York", "America/New_York", 40.64, -73.78),
          DemoAirport.of("BOS", "Boston", "America/New_York", 42.36, -71.01),
          DemoAirport.of("ORD", "Chicago", "America/Chicago", 41.97, -87.91),
          DemoAirport.of("ATL", "Atlanta", "America/New_York", 33.64, -84.43),
          DemoAirport.of("MIA", "Miami", "America/New_York", 25.79, -80.29),
          DemoAirport.of("DFW", "Dallas", "America/Chicago", 32.90, -97.04),
          DemoAirport.of("DEN", "Denver", "America/Denver", 39.86, -104.67),
          DemoAirport.of("LAX", "Los Angeles", "America/Los_Angeles", 33.94, -118.41),
          DemoAirport.of("SFO", "San Francisco", "America/Los_Angeles", 37.62, -122.38),
          DemoAirport.of("SEA", "Seattle", "America/Los_Angeles", 47.45, -122.31),
          DemoAirport.of("YUL", "Montréal", "America/Toronto", 45.47, -73.74),
          DemoAirport.of("YYZ", "Toronto", "America/Toronto", 43.68, -79.63),
          DemoAirport.of("MEX", "Mexico City", "America/Mexico_City", 19.44, -99.07),
          DemoAirport.of("LHR", "London", "Europe/London", 51.47, -0.45),
          DemoAirport.of("CDG", "Paris", "Europe/Paris", 49.01, 2.55),
          DemoAirport.of("MAD", "Madrid", "Europe/Madrid", 40.47, -3.56),
          DemoAirport.of("FRA", "Frankfurt", "Europe/Berlin", 50.03, 8.57),
          DemoAirport.of("AMS", "Amsterdam", "Europe/Amsterdam", 52.31, 4.76),
          DemoAirport.of("FCO", "Rome", "Europe/Rome", 41.80, 12.25),
          DemoAirport.of("LIS", "Lisbon", "Europe/Lisbon", 38.77, -9.13));

  static final Map<String, DemoAirport> BY_CODE =
      AIRPORTS.stream().collect(Collectors.toMap(DemoAirport::code, Function.identity()));

  /** The time zone of one of the demo's airports, or null for a code it does not serve. */
  static java.time.ZoneId zoneOf(String code) {
    var airport = BY_CODE.get(code);
    return airport == null ? null : airport.zone();
  }

  private static final List<String> FROM_CDG =
      List.of("LHR", "MAD", "FRA", "AMS", "FCO", "LIS", "BOS", "YUL", "ORD", "ATL", "MIA", "LAX");

  private static final List<LocalTime> DAYTIME =
      times("06:45 08:20 10:10 12:35 14:50 17:15 19:05 21:20");
  private static final List<LocalTime> EASTBOUND = times("17:10 18:45 19:40 21:50 22:15");
  private static final List<LocalTime> WESTBOUND = times("08:30 10:45 13:20 15:55 17:30");

  /** The seed story's route: the 22:15 to Paris is the flight the airline moves. */
  static final List<LocalTime> JFK_CDG = times("08:30 17:10 21:50 22:15");

  /** A flight of the timetable with its economy fare (business costs 3.4 times as much). */
  record ScheduledFlight(Flight flight, Money economyFare) {}

  /** A route flown in one direction, with its flight numbers' base. */
  record Route(DemoAirport origin, DemoAirport destination, int numberBase) {}

  private DemoSchedule() {}

  static List<Route> routes() {
    var routes = new ArrayList<Route>();
    var jfk = BY_CODE.get("JFK");
    var cdg = BY_CODE.get("CDG");
    for (var airport : AIRPORTS) {
      if (airport != jfk) {
        pair(routes, jfk, airport);
      }
    }
    for (var code : FROM_CDG) {
      pair(routes, cdg, BY_CODE.get(code));
    }
    return routes;
  }

  private static void pair(List<Route> routes, DemoAirport a, DemoAirport b) {
    int base = 100 + routes.size() * 5;
    routes.add(new Route(a, b, base));
    routes.add(new Route(b, a, base + 5));
  }

  static List<ScheduledFlight> flights(LocalDate from, int days) {
    var flights = new ArrayList<ScheduledFlight>();
    for (var route : routes()) {
      var slots = slots(route);
      for (int d = 0; d < days; d++) {
        var date = from.plusDays(d);
        for (int i = 0; i < slots.size(); i++) {
          flights.add(flight(route, route.numberBase() + i, date, slots.get(i)));
        }
      }
    }
    return flights;
  }

  static List<LocalTime> slots(Route route) {
    var o = route.origin();
    var d = route.destination();
    if (o.code().equals("JFK") && d.code().equals("CDG")) {
      return JFK_CDG;
    }
    int seed = stable(o.code() + d.code());
    if (o.inEurope() != d.inEurope()) {
      var pool = o.inEurope() ? WESTBOUND : EASTBOUND;
      return pick(pool, 3, seed);
    }
    int count = o.kilometresTo(d) < 1500 ? 4 : 3;
    return pick(DAYTIME, count, seed);
  }

  static ScheduledFlight flight(Route route, int number, LocalDate date, LocalTime departs) {
    var o = route.origin();
    var d = route.destination();
    double km = o.kilometresTo(d);
    boolean westbound = d.longitude() < o.longitude();
    long minutes = Math.round((km / 830 * 60 + 35) * (westbound ? 1.1 : 1.0) / 5) * 5;
    var departure = date.atTime(departs);
    var arrival =
        departure
            .atZone(o.zone())
            .plusMinutes(minutes)
            .withZoneSameInstant(d.zone())
            .toLocalDateTime();
    var aircraft = km > 3000 ? "B787" : "A320";
    var flight =
        new Flight(AIRLINE + number, o.code(), d.code(), departure, arrival, aircraft, o.zone());
    return new ScheduledFlight(flight, fare(km, flight));
  }

  private static Money fare(double km, Flight flight) {
    double base = 39 + km * 0.085;
    int demand = stable(flight.number() + flight.departure().toLocalDate()) % 51 - 25;
    double evening = flight.departure().getHour() >= 17 ? 1.15 : 1.0;
    long euros = Math.round(base * (1 + demand / 100.0) * evening);
    return new Money(BigDecimal.valueOf(euros), CURRENCY);
  }

  static Money businessFare(Money economy) {
    return new Money(economy.amount().multiply(BigDecimal.valueOf(3.4)), economy.currency());
  }

  private static List<LocalTime> pick(List<LocalTime> pool, int count, int seed) {
    int step = pool.size() / count;
    int start = seed % (pool.size() - step * (count - 1));
    var picked = new ArrayList<LocalTime>();
    for (int i = 0; i < count; i++) {
      picked.add(pool.get(start + i * step));
    }
    return picked;
  }

  /** A hash that is the same on every JVM and spreads similar strings apart (murmur3's mix). */
  static int stable(String text) {
    int h = text.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & 0x7fffffff;
  }

  private static List<LocalTime> times(String spaced) {
    return java.util.Arrays.stream(spaced.split(" ")).map(LocalTime::parse).toList();
  }
}
