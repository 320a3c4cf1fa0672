package io.purser.airline.domain;

/** Where a booked segment stands, as the airline's system says. */
public enum SegmentStatus {
  CONFIRMED,
  SCHEDULE_CHANGED,
  DELAYED,
  CANCELLED
}
