package io.purser.routing.queue;

import io.purser.routing.QueueCounts;
import io.purser.routing.QueueItem;
import io.purser.routing.QueueView;
import io.purser.routing.RoutingManagement.QueueDepth;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue as the rest of the application sees it: the agents' views of it, its depth, each
 * conversation's priority band, and the SLA deadlines that move priorities.
 */
@Component
public class RoutingQueue {

  private final QueueEntries entries;
  private final QueueViews views;
  private final Prioritiser prioritiser;
  private final Clock clock;

  RoutingQueue(QueueEntries entries, QueueViews views, Prioritiser prioritiser, Clock clock) {
    this.entries = entries;
    this.views = views;
    this.prioritiser = prioritiser;
    this.clock = clock;
  }

  /** The priority band of each of these conversations that is queued, with one read. */
  public Map<Long, String> priorityBands(long workspaceId, Collection<Long> conversationIds) {
    return entries.priorityBands(workspaceId, conversationIds);
  }

  /**
   * Stores the conversations' earliest running SLA deadlines (null: none runs), each with its
   * priority scored again: one locked read of their rows, one JDBC batch to write them.
   */
  @Transactional
  public void slaDueChanged(long workspaceId, Map<Long, Instant> dueAt) {
    if (dueAt.isEmpty()) {
      return;
    }
    var moved = new ArrayList<QueueEntry>(dueAt.size());
    for (var entry : entries.lockAll(workspaceId, dueAt.keySet()).values()) {
      moved.add(entry.withSlaDueAt(dueAt.get(entry.conversationId())));
    }
    prioritiser.refreshAll(moved, clock.instant(), true);
  }

  public QueueDepth depth(long workspaceId) {
    return entries.depth(workspaceId);
  }

  public List<QueueItem> page(
      long workspaceId, long userId, QueueView view, int offset, int limit) {
    return views.page(workspaceId, userId, view, offset, limit);
  }

  public QueueCounts counts(long workspaceId, long userId) {
    int most = QueueCounts.ENOUGH;
    return new QueueCounts(
        views.count(workspaceId, userId, QueueView.MINE, most),
        views.count(workspaceId, userId, QueueView.TEAM, most),
        views.count(workspaceId, userId, QueueView.UNASSIGNED, most),
        views.count(workspaceId, userId, QueueView.ALL, most));
  }
}
