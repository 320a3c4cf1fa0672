package io.purser.sla.domain;

/** Where a clock stands at a given instant, from the least to the most urgent. */
public enum SlaStatus {
  /** Stopped while the conversation waits on the customer, with time left. */
  PAUSED,
  /** Running, with more time left than the warning lead time. */
  OK,
  /** Running, within the warning lead time of its due time. */
  WARNING,
  /** The due time has come and the clock has not stopped. */
  BREACHED
}
