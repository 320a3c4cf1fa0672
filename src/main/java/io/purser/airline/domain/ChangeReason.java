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
}
