package io.purser.routing.domain;

/** Whether an agent is at work, and so whether work is pushed to them or taken from them. */
public enum Presence {
  /** At work and free to take more: the only state that receives pushed conversations. */
  AVAILABLE,
  /** At work but focused (a long call, a complex rebooking): keeps open work, gets nothing new. */
  BUSY,
  /** Stepped away or idle too long: open work is handed to colleagues. */
  AWAY,
  /** Signed out: open work is handed to colleagues. */
  OFFLINE;

  /** Whether new conversations may be pushed to an agent in this state. */
  public boolean receivesNewWork() {
    return this == AVAILABLE;
  }

  /** Whether the agent's open conversations should be redistributed to others. */
  public boolean redistributesOpenWork() {
    return this == AWAY || this == OFFLINE;
  }
}
