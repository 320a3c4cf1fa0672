package io.purser.airline.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A flight the customer pointed at — read from the screenshot they sent — that the agent should see
 * first among the alternatives.
 *
 * @param date the day shown, or null when the image showed only the number
 */
public record ShownFlight(String number, LocalDate date) {

  public ShownFlight {
    Objects.requireNonNull(number, "flight number is required");
    number = number.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public boolean matches(Flight flight) {
    return flight.number().replace(" ", "").toUpperCase(Locale.ROOT).equals(number)
        && (date == null || flight.departure().toLocalDate().equals(date));
  }
}
