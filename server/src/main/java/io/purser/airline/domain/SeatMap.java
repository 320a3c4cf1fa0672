package io.purser.airline.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The seats of one flight, row by row, with the ones still free. */
public record SeatMap(FlightKey flight, String aircraft, List<Seat> seats) {

  public SeatMap {
    Objects.requireNonNull(flight, "flight is required");
    seats = List.copyOf(Objects.requireNonNull(seats, "seats are required"));
  }

  public Optional<Seat> seat(String code) {
    var wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return seats.stream().filter(s -> s.code().equals(wanted)).findFirst();
  }

  public List<Seat> free(Cabin cabin, SeatPosition position) {
    return seats.stream()
        .filter(s -> s.free() && s.cabin() == cabin && s.position() == position)
        .toList();
  }

  public long freeCount(Cabin cabin) {
    return seats.stream().filter(s -> s.free() && s.cabin() == cabin).count();
  }
}
