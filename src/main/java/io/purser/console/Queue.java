package io.purser.console;

import io.purser.conversation.ConversationManagement;
import io.purser.conversation.ConversationSummary;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the conversation list of a workspace for the console. */
@Service
class Queue {

  static final int PAGE_SIZE = 50;

  private final ConversationManagement conversations;
  private final WorkspaceManagement workspaces;

  Queue(ConversationManagement conversations, WorkspaceManagement workspaces) {
    this.conversations = conversations;
    this.workspaces = workspaces;
  }

  QueuePage page(long workspaceId, QueueFilter filter, QueuePage.Cursor cursor) {
    var counts = conversations.countByStatus(workspaceId);
    var tabs =
        Arrays.stream(QueueFilter.values())
            .map(f -> new QueuePage.Tab(f, f.count(counts)))
            .toList();
    // One more than a page tells whether an older page exists without counting.
    var found =
        conversations.page(
            workspaceId,
            filter.statuses(),
            cursor == null ? null : cursor.before(),
            cursor == null ? 0 : cursor.beforeId(),
            PAGE_SIZE + 1);
    var shown = found.subList(0, Math.min(PAGE_SIZE, found.size()));
    var networks = networksOfAccounts(workspaceId);
    var rows = shown.stream().map(c -> row(c, networks)).toList();
    return new QueuePage(filter, tabs, rows, cursor, found.size() > PAGE_SIZE ? next(shown) : null);
  }

  private Map<Long, Network> networksOfAccounts(long workspaceId) {
    return workspaces.accounts(workspaceId).stream()
        .collect(Collectors.toMap(ChannelAccount::id, ChannelAccount::network));
  }

  private static QueuePage.Row row(ConversationSummary c, Map<Long, Network> networks) {
    var lastWasPrivate =
        c.lastInboundPrivateAt() != null
            && Objects.equals(c.lastInboundPrivateAt(), c.lastInboundAt());
    return new QueuePage.Row(
        c.id(),
        c.channelAccountId() == null ? null : networks.get(c.channelAccountId()),
        !lastWasPrivate,
        c.customerName(),
        c.preview(),
        c.status(),
        c.lastMessageAt());
  }

  private static QueuePage.Cursor next(List<ConversationSummary> shown) {
    var last = shown.get(shown.size() - 1);
    return new QueuePage.Cursor(last.lastMessageAt(), last.id());
  }
}
