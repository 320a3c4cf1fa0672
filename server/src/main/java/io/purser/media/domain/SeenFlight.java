package io.purser.media.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A flight read from a customer's image: its number for certain, the rest when the image showed it.
 *
 * @param number the flight number without spaces, upper case ("PX2044")
 * @param date the day of departure, or null when the image did not show one
 * @param departure the departure time, or null
 * @param arrival the arrival time, or null
 * @param origin the origin airport code, or null
 * @param destination the destination airport code, or null
 */
public record SeenFlight(
    String number,
    LocalDate date,
    LocalTime departure,
    LocalTime arrival,
    String origin,
    String destination) {

  public SeenFlight {
    Objects.requireNonNull(number, "flight number is required");
  }

  /** "PX2044 JFK–CDG 2026-12-24 18:40–07:55", leaving out what was not seen. */
  public String describe() {
    var text = new StringBuilder(number);
    if (origin != null && destination != null) {
      text.append(' ').append(origin).append('–').append(destination);
    }
    if (date != null) {
      text.append(' ').append(date);
    }
    if (departure != null) {
      text.append(' ').append(departure);
      if (arrival != null) {
        text.append('–').append(arrival);
      }
    }
    return text.toString();
  }
}
