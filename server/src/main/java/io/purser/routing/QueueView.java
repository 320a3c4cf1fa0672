package io.purser.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The views of the active conversations an agent works from. */
public enum QueueView {
  /** The conversations the agent owns. */
  MINE,
  /** The conversations of the agent's teams: routed to them or owned by a team-mate. */
  TEAM,
  /** Nobody owns them yet. */
  UNASSIGNED,
  /** Every active conversation of the workspace. */
  ALL;

  /** The name in URLs and message keys: {@code mine}, {@code team}, {@code unassigned}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<QueueView> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName().equalsIgnoreCase(name)).findFirst();
  }
}
