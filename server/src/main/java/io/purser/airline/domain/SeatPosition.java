package io.purser.airline.domain;

/** Where a seat is in its row. */
public enum SeatPosition {
  WINDOW,
  MIDDLE,
  AISLE
}
