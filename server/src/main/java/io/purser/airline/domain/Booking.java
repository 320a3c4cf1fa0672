package io.purser.airline.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking (PNR) as the airline's system holds it.
 *
 * @param email where the itinerary and confirmations go; may be null when the airline has none
 */
public record Booking(
    String recordLocator, List<Passenger> passengers, List<Segment> segments, String email) {

  public Booking {
    Objects.requireNonNull(recordLocator, "record locator is required");
    passengers = List.copyOf(Objects.requireNonNull(passengers, "passengers are required"));
    segments = List.copyOf(Objects.requireNonNull(segments, "segments are required"));
    if (passengers.isEmpty()) {
      throw new IllegalArgumentException("booking " + recordLocator + " has no passenger");
    }
  }

  public Optional<Segment> segment(String segmentId) {
    return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst();
  }

  public Optional<Passenger> passenger(String passengerId) {
    return passengers.stream().filter(p -> p.id().equals(passengerId)).findFirst();
  }

  /** True when one passenger has this last name (case and accents as typed are ignored). */
  public boolean hasPassengerNamed(String lastName) {
    var wanted = fold(lastName);
    return passengers.stream().anyMatch(p -> fold(p.lastName()).equals(wanted));
  }

  public Booking withSegment(Segment changed) {
    var all = segments.stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList();
    return new Booking(recordLocator, passengers, all, email);
  }

  private static String fold(String name) {
    return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT);
  }
}
