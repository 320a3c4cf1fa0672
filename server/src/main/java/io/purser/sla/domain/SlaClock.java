package io.purser.sla.domain;

/** The three SLA clocks of a conversation. */
public enum SlaClock {
  FIRST_RESPONSE,
  NEXT_RESPONSE,
  RESOLUTION
}
