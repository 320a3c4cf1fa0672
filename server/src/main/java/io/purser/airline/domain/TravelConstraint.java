package io.purser.airline.domain;

import java.time.LocalTime;

/** A wish about times the customer wrote ("after 6 pm", "arrive before 9"), in local time. */
public sealed interface TravelConstraint {

  boolean fits(Flight flight);

  /** In words, for the API and the ranking's reasons: "departs after 18:00". */
  String describe();

  /** The time the wish is about. */
  LocalTime time();

  /**
   * Which wish this is, for a console to put in words in the agent's language: departAfter,
   * departBefore, arriveAfter or arriveBefore.
   */
  String kind();

  record DepartAfter(LocalTime time) implements TravelConstraint {
    public String kind() {
      return "departAfter";
    }

    public boolean fits(Flight flight) {
      return !flight.departure().toLocalTime().isBefore(time);
    }

    public String describe() {
      return "departs after " + time;
    }
  }

  record DepartBefore(LocalTime time) implements TravelConstraint {
    public String kind() {
      return "departBefore";
    }

    public boolean fits(Flight flight) {
      return !flight.departure().toLocalTime().isAfter(time);
    }

    public String describe() {
      return "departs before " + time;
    }
  }

  /** Arriving after a time; a flight landing the next day arrives after any time of the day. */
  record ArriveAfter(LocalTime time) implements TravelConstraint {
    public String kind() {
      return "arriveAfter";
    }

    public boolean fits(Flight flight) {
      return nextDay(flight) || !flight.arrival().toLocalTime().isBefore(time);
    }

    public String describe() {
      return "arrives after " + time;
    }
  }

  /** Arriving before a time on the day of departure; the next morning is too late. */
  record ArriveBefore(LocalTime time) implements TravelConstraint {
    public String kind() {
      return "arriveBefore";
    }

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
