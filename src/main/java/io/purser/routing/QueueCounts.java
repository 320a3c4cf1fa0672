package io.purser.routing;

/** How many active conversations each queue view holds for one agent. */
public record QueueCounts(long mine, long team, long unassigned, long all) {

  public long of(QueueView view) {
    return switch (view) {
      case MINE -> mine;
      case TEAM -> team;
      case UNASSIGNED -> unassigned;
      case ALL -> all;
    };
  }
}
