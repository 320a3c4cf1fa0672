package io.purser.airline.demo;

import io.purser.airline.demo.DemoFlights.StoredFlight;
import io.purser.airline.domain.AircraftLayout;
import io.purser.airline.domain.SeatMap;
import java.util.Set;

/**
 * A demo flight's seat map: the aircraft's layout, the seats held by stored bookings, and other
 * travellers' seats filled in deterministically (about half the cabin), so maps look lived in.
 */
final class DemoSeats {

  private static final int FILLED_PERCENT = 55;

  private DemoSeats() {}

  static SeatMap seatMap(StoredFlight flight, Set<String> held) {
    var key = flight.flight().key();
    var layout = AircraftLayout.of(flight.flight().aircraft());
    var seats =
        layout.seats(
            code -> held.contains(code) || filledByOthers(key.number() + key.date(), code));
    return new SeatMap(key, flight.flight().aircraft(), seats);
  }

  static boolean filledByOthers(String flight, String seat) {
    return DemoSchedule.stable(flight + "/" + seat) % 100 < FILLED_PERCENT;
  }
}
