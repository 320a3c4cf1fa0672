package io.purser.console.queue;

import io.purser.console.Deadline;
import io.purser.console.Deadlines;
import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationSummary;
import io.purser.routing.QueueItem;
import io.purser.routing.QueueView;
import io.purser.routing.RoutingManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Builds an agent's queue views: the order, counts, owners and deadlines come from routing, the
 * customer and the first words from the conversation module — two indexed queries per page.
 */
@Service
class Queue {

  static final int PAGE_SIZE = 50;

  private final RoutingManagement routing;
  private final ConversationManagement conversations;
  private final Deadlines deadlines;

  Queue(RoutingManagement routing, ConversationManagement conversations, Deadlines deadlines) {
    this.routing = routing;
    this.conversations = conversations;
    this.deadlines = deadlines;
  }

  QueuePage page(long workspaceId, long userId, QueueView view, int offset) {
    var counts = routing.queueCounts(workspaceId, userId);
    var tabs =
        Arrays.stream(QueueView.values()).map(v -> new QueuePage.Tab(v, counts.of(v))).toList();
    // One more than a page tells whether a further page exists without counting again.
    var items = routing.queue(workspaceId, userId, view, offset, PAGE_SIZE + 1);
    var shown = items.subList(0, Math.min(PAGE_SIZE, items.size()));
    var summaries =
        conversations.summaries(
            workspaceId, shown.stream().map(QueueItem::conversationId).toList());
    var rows = rows(workspaceId, shown, summaries, userId);
    return new QueuePage(view, tabs, rows, offset, items.size() > PAGE_SIZE);
  }

  /** The waiting conversations nobody owns, for supervisors. */
  List<QueuePage.Row> unassigned(long workspaceId, long userId, int limit) {
    var items = routing.queue(workspaceId, userId, QueueView.UNASSIGNED, 0, limit);
    var summaries =
        conversations.summaries(
            workspaceId, items.stream().map(QueueItem::conversationId).toList());
    return rows(workspaceId, items, summaries, userId);
  }

  private List<QueuePage.Row> rows(
      long workspaceId,
      List<QueueItem> items,
      Map<Long, ConversationSummary> summaries,
      long userId) {
    var dueAt = new java.util.HashMap<Long, java.time.Instant>();
    items.forEach(item -> dueAt.put(item.conversationId(), item.slaDueAt()));
    var due = deadlines.of(workspaceId, dueAt.keySet(), dueAt::get);
    return items.stream()
        .filter(item -> summaries.containsKey(item.conversationId()))
        .map(item -> row(item, summaries.get(item.conversationId()), userId, due))
        .toList();
  }

  private static QueuePage.Row row(
      QueueItem item, ConversationSummary c, long userId, Map<Long, Deadline> due) {
    var lastWasPrivate =
        c.lastInboundPrivateAt() != null
            && Objects.equals(c.lastInboundPrivateAt(), c.lastInboundAt());
    return new QueuePage.Row(
        c.id(),
        item.network() == null ? "unknown" : item.network(),
        !lastWasPrivate,
        c.customerName(),
        c.preview(),
        c.status(),
        item.intent(),
        item.sentiment(),
        item.urgency(),
        item.language(),
        item.priority(),
        item.priorityBand(),
        item.assigneeName(),
        item.assigneeId() != null && item.assigneeId() == userId,
        due.get(item.conversationId()),
        c.lastMessageAt());
  }
}
