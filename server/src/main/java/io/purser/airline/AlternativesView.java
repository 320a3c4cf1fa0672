package io.purser.airline;

import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.Flight;
import io.purser.airline.domain.Money;
import io.purser.airline.domain.Segment;
import java.util.List;

/**
 * The alternatives to a segment, best first for what the customer asked.
 *
 * @param wishes the customer's time wishes as understood ("departs after 18:00")
 * @param reason the change reason the quotes assume: the segment's disruption, else a customer
 *     request
 */
public record AlternativesView(
    String recordLocator, Segment segment, List<String> wishes, String reason, List<Option> items) {

  /**
   * One alternative flight.
   *
   * @param fits true when it meets every wish
   * @param shown true when it is the flight the customer sent a picture of
   * @param fareQuote "waived (schedule change)" or "EUR 85.00 to pay"
   * @param needsSupervisor why an agent alone may not book it, or null when they may
   */
  public record Option(
      Flight flight,
      Cabin cabin,
      int seatsLeft,
      Money fare,
      boolean fits,
      boolean shown,
      List<String> reasons,
      String fareQuote,
      String needsSupervisor) {}
}
