package io.purser.airline.domain;

import java.time.LocalTime;

/** A wish about times the customer wrote ("after 6 pm", "arrive before 9"), in local time. */
public sealed interface TravelConstraint {

  boolean fits(Flight flight);

  /** In words, for the agent: "departs after 18:00". */
  String describe();

  record DepartAfter(LocalTime time) implements TravelConstraint {
    public boolean fits(Flight flight) {
      return !flight.departure().toLocalTime().isBefore(time);
    }

    public String describe() {
      return "departs after " + time;
    }
  }

  record DepartBefore(LocalTime time) implements TravelConstraint {
    public boolean fits(Flight flight) {
      return !flight.departure().toLocalTime().isAfter(time);
    }

    public String describe() {
      return "departs before " + time;
    }
  }

  /** Arriving after a time; a flight landing the next day arrives after any time of the day. */
  record ArriveAfter(LocalTime time) implements TravelConstraint {
    public boolean fits(Flight flight) {
      return nextDay(flight) || !flight.arrival().toLocalTime().isBefore(time);
    }

    public String describe() {
      return "arrives after " + time;
    }
  }

  /** Arriving before a time on the day of departure; the next morning is too late. */
  record ArriveBefore(LocalTime time) implements TravelConstraint {
    public boolean fits(Flight flight) {
      return !nextDay(flight) && !flight.arrival().toLocalTime().isAfter(time);
    }

    public String describe() {
      return "arrives before " + time;
    }
  }

  private static boolean nextDay(Flight flight) {
    return flight.arrival().toLocalDate().isAfter(flight.departure().toLocalDate());
  }
}
