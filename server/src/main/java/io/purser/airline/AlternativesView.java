package io.purser.airline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.purser.airline.domain.Cabin;
import io.purser.airline.domain.FareQuote;
import io.purser.airline.domain.Flight;
import io.purser.airline.domain.Money;
import io.purser.airline.domain.Segment;
import io.purser.airline.domain.TravelConstraint;
import java.util.List;

/**
 * The alternatives to a segment, best first for what the customer asked.
 *
 * @param wishes the customer's time wishes as understood ("departs after 18:00")
 * @param understood the same wishes, for a console to put in the agent's language (not in the API's
 *     JSON, which has {@code wishes})
 * @param reason the change reason the quotes assume: the segment's disruption, else a customer
 *     request
 */
public record AlternativesView(
    String recordLocator,
    Segment segment,
    List<String> wishes,
    String reason,
    List<Option> items,
    @JsonIgnore List<TravelConstraint> understood) {

  /**
   * One alternative flight.
   *
   * @param fits true when it meets every wish
   * @param shown true when it is the flight the customer sent a picture of
   * @param fareQuote "waived (schedule change)" or "EUR 85.00 to pay"
   * @param quote the same quote, for a console to put in the agent's language
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
      String needsSupervisor,
      @JsonIgnore FareQuote quote) {}
}
