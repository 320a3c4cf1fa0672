package io.purser.airline.domain;

/**
 * Why a segment is changed. The airline caused the first four (a misconnection: an earlier flight
 * of the booking was disrupted, so this one is missed); goodwill is a gesture the airline makes;
 * the customer asked for the last. The agent picks it in the booking panel; the change policy
 * checks it against the booking.
 */
public enum ChangeReason {
  SCHEDULE_CHANGE,
  DELAY,
  CANCELLATION,
  MISCONNECTION,
  GOODWILL,
  CUSTOMER_REQUEST;

  /**
   * A change the customer does not pay for: the airline moved or lost the flight, or waives the
   * difference as a goodwill gesture, so the fare rule waives costs.
   */
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
