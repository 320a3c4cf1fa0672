package io.purser.conversation.store;

import static io.purser.Timestamps.utc;

import io.purser.conversation.ConversationStatus;
import io.purser.conversation.domain.ConversationLifecycle.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The conversation table as the threading of a batch reads and writes it: a handful of statements
 * for all of the batch's customers. Every statement is scoped by workspace.
 */
@Repository
public class ConversationBatches {

  /**
   * A customer's conversations as the lifecycle needs them: the active one, the latest resolved.
   */
  public record CustomerConversations(Optional<State> active, Optional<State> latestResolved) {}

  /** A status change of a batch. */
  public record StatusChange(long conversationId, ConversationStatus to, Instant at) {}

  /** A conversation to start, holding the batch's first messages of its customer. */
  public record NewConversation(long contactId, Instant openedAt, InboundTouch touch) {}

  private final JdbcTemplate jdbc;

  ConversationBatches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The active and the latest resolved conversation of many customers in one query; a customer with
   * neither is absent.
   */
  public Map<Long, CustomerConversations> ofCustomers(
      long workspaceId, Collection<Long> contactIds) {
    var active = new HashMap<Long, State>();
    var resolved = new HashMap<Long, State>();
    if (contactIds.isEmpty()) {
      return Map.of();
    }
    jdbc.query(
        "select c.id, c.contact_id, c.status, c.resolved_at from unnest(?) as t(k) join"
            + " conversation c on c.workspace_id = ? and c.contact_id = t.k and c.status in"
            + " ('new', 'open', 'pending', 'resolved')",
        ps -> {
          ps.setArray(1, SqlArrays.bigints(ps, contactIds));
          ps.setLong(2, workspaceId);
        },
        (RowCallbackHandler)
            rs -> {
              var state = ConversationStore.state(rs, 0);
              long contact = rs.getLong("contact_id");
              if (state.status() == ConversationStatus.RESOLVED) {
                resolved.merge(contact, state, ConversationBatches::laterResolved);
              } else {
                active.merge(contact, state, (a, b) -> a.id() > b.id() ? a : b);
              }
            });
    var found = new HashMap<Long, CustomerConversations>();
    for (var contact : contactIds) {
      var a = Optional.ofNullable(active.get(contact));
      var r = Optional.ofNullable(resolved.get(contact));
      if (a.isPresent() || r.isPresent()) {
        found.put(contact, new CustomerConversations(a, r));
      }
    }
    return found;
  }

  /**
   * Latest resolution first, then highest id; with PostgreSQL's order for a descending sort, which
   * puts a missing time first.
   */
  private static State laterResolved(State a, State b) {
    if (a.resolvedAt() == null || b.resolvedAt() == null) {
      if (a.resolvedAt() == null && b.resolvedAt() == null) {
        return a.id() > b.id() ? a : b;
      }
      return a.resolvedAt() == null ? a : b;
    }
    int byTime = a.resolvedAt().compareTo(b.resolvedAt());
    return byTime > 0 || (byTime == 0 && a.id() > b.id()) ? a : b;
  }

  /** Applies these status changes, in order, as one JDBC batch. */
  public void setStatusAll(long workspaceId, List<StatusChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        ConversationStore.SET_STATUS,
        changes.stream()
            .map(
                c ->
                    ConversationStore.statusValues(workspaceId, c.conversationId(), c.to(), c.at()))
            .toList());
  }

  /**
   * Inserts new conversations (status new) that already hold the batch's first messages: one JDBC
   * batch, with the counts and times their messages give them, so no update follows. Returns their
   * ids in order.
   */
  public List<Long> insertAll(long workspaceId, List<NewConversation> conversations) {
    return SqlArrays.insertAll(
        jdbc,
        "insert into conversation (workspace_id, contact_id, status, channel_account_id,"
            + " opened_at, last_message_at, last_inbound_at, last_inbound_private_at,"
            + " message_count, preview, version) values (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?)",
        conversations.stream().map(c -> row(workspaceId, c)).toList());
  }

  private static Object[] row(long workspaceId, NewConversation c) {
    var t = c.touch();
    var last = t.lastAt.isAfter(c.openedAt()) ? t.lastAt : c.openedAt();
    return new Object[] {
      workspaceId,
      c.contactId(),
      t.channelAccountId,
      utc(c.openedAt()),
      utc(last),
      utc(t.lastAt),
      utc(t.lastPrivateAt),
      t.count,
      t.preview,
      t.count
    };
  }

  /** Applies the batch's customer messages to existing conversations: one JDBC batch. */
  public void touchInboundAll(long workspaceId, Map<Long, InboundTouch> touches) {
    if (touches.isEmpty()) {
      return;
    }
    var rows = new ArrayList<Object[]>(touches.size());
    touches.forEach(
        (id, t) ->
            rows.add(
                new Object[] {
                  t.count,
                  t.channelAccountId,
                  utc(t.lastAt),
                  utc(t.lastAt),
                  utc(t.lastAt),
                  utc(t.lastAt),
                  t.lastPrivateAt != null,
                  utc(t.lastPrivateAt),
                  utc(t.lastPrivateAt),
                  t.preview,
                  t.count,
                  workspaceId,
                  id
                }));
    jdbc.batchUpdate(
        "update conversation set message_count = message_count + ?, channel_account_id = ?,"
            + " last_message_at = case when last_message_at < ? then ? else last_message_at"
            + " end, last_inbound_at = case when last_inbound_at is null or last_inbound_at < ?"
            + " then ? else last_inbound_at end, last_inbound_private_at = case when ? and"
            + " (last_inbound_private_at is null or last_inbound_private_at < ?) then ? else"
            + " last_inbound_private_at end, preview = ?, version = version + ?"
            + " where workspace_id = ? and id = ?",
        rows);
  }
}
