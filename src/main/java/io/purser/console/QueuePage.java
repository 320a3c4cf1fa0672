package io.purser.console;

import io.purser.workspace.Network;
import java.time.Instant;
import java.util.List;

/**
 * One page of the conversation list as the console shows it.
 *
 * @param filter the view the agent picked
 * @param tabs every view with its count, in display order
 * @param rows the conversations, most recent activity first
 * @param cursor where this page starts, or null for the newest
 * @param next where the next (older) page starts, or null when this is the last
 */
record QueuePage(QueueFilter filter, List<Tab> tabs, List<Row> rows, Cursor cursor, Cursor next) {

  /** A view of the list and how many conversations it holds. */
  record Tab(QueueFilter filter, long count) {

    public String name() {
      return filter.wireName();
    }
  }

  /**
   * A conversation in the list.
   *
   * @param network where the customer last wrote from; null when the account is gone
   * @param isPublic whether the customer's latest message was public
   */
  record Row(
      long id,
      Network network,
      boolean isPublic,
      String customerName,
      String preview,
      String status,
      Instant lastMessageAt) {

    public String networkName() {
      return network == null ? "unknown" : network.wireName();
    }
  }

  /** A position in the list: older than this time, or as old and with a smaller id. */
  record Cursor(Instant before, long beforeId) {}

  public String filterName() {
    return filter.wireName();
  }
}
