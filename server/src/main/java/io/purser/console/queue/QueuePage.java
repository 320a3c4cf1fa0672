package io.purser.console.queue;

import io.purser.console.Deadline;
import io.purser.routing.QueueCounts;
import io.purser.routing.QueueView;
import java.time.Instant;
import java.util.List;

/**
 * One page of a queue view as the console shows it.
 *
 * @param tabs every view with its count, in display order
 * @param rows the conversations, highest priority first
 * @param offset how many rows of the view come before this page
 * @param hasNext whether a further page exists
 */
record QueuePage(QueueView view, List<Tab> tabs, List<Row> rows, int offset, boolean hasNext) {

  /** A view and how many conversations it holds (counted up to {@link QueueCounts#ENOUGH}). */
  record Tab(QueueView view, long count) {

    public String name() {
      return view.wireName();
    }

    /** The count as the tab shows it: "1000+" once counting stopped. */
    public String shown() {
      return count >= QueueCounts.ENOUGH ? QueueCounts.ENOUGH + "+" : Long.toString(count);
    }
  }

  /**
   * A conversation in the list.
   *
   * @param network where the customer last wrote from, or "unknown"
   * @param isPublic whether the customer's latest message was public
   * @param owner who works on it, or null
   * @param deadline its earliest SLA deadline, or null
   */
  record Row(
      long id,
      String network,
      boolean isPublic,
      String customerName,
      String preview,
      String status,
      String intent,
      String sentiment,
      String urgency,
      String language,
      int priority,
      String priorityBand,
      String owner,
      boolean mine,
      Deadline deadline,
      Instant lastMessageAt) {}

  public String viewName() {
    return view.wireName();
  }

  public int nextOffset() {
    return offset + Queue.PAGE_SIZE;
  }

  public int previousOffset() {
    return Math.max(0, offset - Queue.PAGE_SIZE);
  }
}
