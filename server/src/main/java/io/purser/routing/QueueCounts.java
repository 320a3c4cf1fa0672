package io.purser.routing;

/**
 * How many active conversations each queue view holds for one agent, counted up to {@link #ENOUGH}:
 * a tab shows "1000+" past it, and a count costs at most that many index entries however long the
 * queue.
 */
public record QueueCounts(long mine, long team, long unassigned, long all) {

  /** Counting stops here. */
  public static final int ENOUGH = 1_000;

  public long of(QueueView view) {
    return switch (view) {
      case MINE -> mine;
      case TEAM -> team;
      case UNASSIGNED -> unassigned;
      case ALL -> all;
    };
  }
}
