package io.purser.airline.domain;

/** The cabin a passenger flies in; a change keeps it unless the agent picks another. */
public enum Cabin {
  ECONOMY,
  BUSINESS
}
