package io.purser.airline.domain;

import java.time.LocalTime;

/**
 * A wish about times the customer wrote ("after 6 pm", "arrive before 9"), in local time: a
 * departure or an arrival, after or before a time. An arrival the next day is after any time of the
 * day of departure, and too late for any "before".
 */
public sealed interface TravelConstraint {

  /** The time the wish is about. */
  LocalTime time();

  default boolean fits(Flight flight) {
    var at = aboutArrival() ? flight.arrival() : flight.departure();
    boolean nextDay = at.toLocalDate().isAfter(flight.departure().toLocalDate());
    return after()
        ? nextDay || !at.toLocalTime().isBefore(time())
        : !nextDay && !at.toLocalTime().isAfter(time());
  }

  /** In words, for the API and the ranking's reasons: "departs after 18:00". */
  default String describe() {
    return (aboutArrival() ? "arrives " : "departs ") + (after() ? "after " : "before ") + time();
  }

  /**
   * Which wish this is, for a console to put in words in the agent's language: departAfter,
   * departBefore, arriveAfter or arriveBefore.
   */
  default String kind() {
    return (aboutArrival() ? "arrive" : "depart") + (after() ? "After" : "Before");
  }

  record DepartAfter(LocalTime time) implements TravelConstraint {}

  record DepartBefore(LocalTime time) implements TravelConstraint {}

  record ArriveAfter(LocalTime time) implements TravelConstraint {}

  record ArriveBefore(LocalTime time) implements TravelConstraint {}

  private boolean aboutArrival() {
    return this instanceof ArriveAfter || this instanceof ArriveBefore;
  }

  private boolean after() {
    return this instanceof DepartAfter || this instanceof ArriveAfter;
  }
}
