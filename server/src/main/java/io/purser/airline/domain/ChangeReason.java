package io.purser.airline.domain;

/**
 * Why a segment is changed. The airline caused the first three; the customer asked for the last.
 */
public enum ChangeReason {
  SCHEDULE_CHANGE,
  DELAY,
  CANCELLATION,
  CUSTOMER_REQUEST;

  /** An involuntary change: the airline moved or lost the flight, so the fare rule waives costs. */
  public boolean involuntary() {
    return this != CUSTOMER_REQUEST;
  }

  /** Why a segment in this state would be changed: its disruption, else the customer's wish. */
  public static ChangeReason of(SegmentStatus status) {
    return switch (status) {
      case SCHEDULE_CHANGED -> SCHEDULE_CHANGE;
      case DELAYED -> DELAY;
      case CANCELLED -> CANCELLATION;
      case CONFIRMED -> CUSTOMER_REQUEST;
    };
  }
}
