package io.purser.airline.demo;

import io.purser.airline.AirlineConnector;
import io.purser.airline.AlternativeSearch;
import io.purser.airline.domain.AlternativeRanking;
import io.purser.airline.domain.Flight;
import io.purser.airline.domain.RankedAlternative;
import io.purser.airline.domain.SegmentStatus;
import io.purser.airline.mail.ConfirmationMail;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connects a workspace to the demo airline, which runs when the installation's connector is {@code
 * demo}. Every workspace connected to it shares its bookings, as brands sold by one airline share
 * its reservation system; which of them an agent may open is the airline module's rule. The demo
 * module's story reads it directly (a named interface), as the airline's own booking site would.
 */
@Component
@ConditionalOnProperty(name = "purser.airline.connector", havingValue = "demo")
@NamedInterface("demo-airline")
public class DemoConnections {

  final DemoFlights flights;
  final DemoBookings bookings;
  final ConfirmationMail mail;
  final TransactionTemplate transactions;
  final Clock clock;

  DemoConnections(
      DemoFlights flights,
      DemoBookings bookings,
      ConfirmationMail mail,
      TransactionTemplate transactions,
      Clock clock) {
    this.flights = flights;
    this.bookings = bookings;
    this.mail = mail;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The demo airline as one workspace's connector. */
  public AirlineConnector connect(long workspaceId) {
    return new DemoAirlineConnector(this, workspaceId);
  }

  /**
   * The flights the airline offers instead of a booking's disrupted segment, ranked as an agent
   * would see them with no wish from the customer: for the demo story's screenshot, drawn before
   * any conversation exists.
   */
  public List<Flight> offeredInstead(String recordLocator) {
    var airline = new DemoAirlineConnector(this, 0);
    var booking = airline.findBooking(recordLocator, null).orElseThrow();
    var segment =
        booking.segments().stream()
            .filter(s -> s.status() != SegmentStatus.CONFIRMED)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(recordLocator + " is not disrupted"));
    var found =
        airline.alternatives(
            new AlternativeSearch(recordLocator, segment.id(), null, null, null, null, null, null));
    return AlternativeRanking.rank(found, List.of(), segment, List.of(), clock.instant()).stream()
        .map(RankedAlternative::alternative)
        .map(a -> a.flight())
        .toList();
  }
}
