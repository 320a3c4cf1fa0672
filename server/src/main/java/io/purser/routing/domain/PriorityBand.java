package io.purser.routing.domain;

import java.util.Locale;

/**
 * A coarse class of priority (high, normal, low) that SLA policies use to pick their targets. It is
 * taken from the time-independent part of the score, so it does not change while the conversation
 * waits and cannot feed back into the deadline it helps to set.
 */
public enum PriorityBand {
  HIGH,
  NORMAL,
  LOW;

  /** The lower-case name used in JSON and settings. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
