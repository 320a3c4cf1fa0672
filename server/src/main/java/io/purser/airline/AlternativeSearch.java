package io.purser.airline;

import io.purser.airline.domain.Cabin;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Which flights could replace a segment. Only the booking and segment are required; the rest
 * default to the segment's own (its date, route and cabin) and to the whole day.
 *
 * @param earliest departures from this local time on, or null
 * @param latest departures up to this local time, or null
 */
public record AlternativeSearch(
    String recordLocator,
    String segmentId,
    LocalDate date,
    LocalTime earliest,
    LocalTime latest,
    String origin,
    String destination,
    Cabin cabin) {

  public AlternativeSearch {
    Objects.requireNonNull(recordLocator, "record locator is required");
    Objects.requireNonNull(segmentId, "segment id is required");
  }

  /** The same filters for another booking's segment. */
  public AlternativeSearch forSegment(String recordLocator, String segmentId) {
    return new AlternativeSearch(
        recordLocator, segmentId, date, earliest, latest, origin, destination, cabin);
  }

  /** The same search on another day. */
  public AlternativeSearch onDay(LocalDate day) {
    return new AlternativeSearch(
        recordLocator, segmentId, day, earliest, latest, origin, destination, cabin);
  }
}
