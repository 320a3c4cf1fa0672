package io.purser.console;

import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationSummary;
import io.purser.routing.QueueItem;
import io.purser.routing.QueueView;
import io.purser.routing.RoutingManagement;
import java.time.Clock;
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
  private final Clock clock;

  Queue(RoutingManagement routing, ConversationManagement conversations, Clock clock) {
    this.routing = routing;
    this.conversations = conversations;
    this.clock = clock;
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
    var rows = rows(shown, summaries, userId);
    return new QueuePage(view, tabs, rows, offset, items.size() > PAGE_SIZE);
  }

  /** The waiting conversations nobody owns, for supervisors. */
  List<QueuePage.Row> unassigned(long workspaceId, long userId, int limit) {
    var items = routing.queue(workspaceId, userId, QueueView.UNASSIGNED, 0, limit);
    var summaries =
        conversations.summaries(
            workspaceId, items.stream().map(QueueItem::conversationId).toList());
    return rows(items, summaries, userId);
  }

  private List<QueuePage.Row> rows(
      List<QueueItem> items, Map<Long, ConversationSummary> summaries, long userId) {
    var now = clock.instant();
    return items.stream()
        .filter(item -> summaries.containsKey(item.conversationId()))
        .map(item -> row(item, summaries.get(item.conversationId()), userId, now))
        .toList();
  }

  private static QueuePage.Row row(
      QueueItem item, ConversationSummary c, long userId, java.time.Instant now) {
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
        Deadline.of(item.slaDueAt(), now),
        c.lastMessageAt());
  }
}
