package io.purser.conversation;

import io.purser.conversation.domain.ConversationLifecycle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The conversation table. Every statement is scoped by workspace. */
@Repository
class ConversationStore {

  private static final String SUMMARY =
      "select c.id, c.status, c.contact_id, k.display_name, c.channel_account_id, c.opened_at,"
          + " c.last_message_at, c.last_inbound_at, c.last_inbound_private_at,"
          + " c.first_response_at, c.resolved_at, c.message_count, c.preview"
          + " from conversation c join contact k on k.id = c.contact_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  ConversationStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  Optional<ConversationLifecycle.State> active(long workspaceId, long contactId) {
    return jdbc.sql(
            "select id, status, resolved_at from conversation where workspace_id = ? and"
                + " contact_id = ? and status in ('new', 'open', 'pending') order by id desc"
                + " fetch first 1 rows only")
        .params(workspaceId, contactId)
        .query(ConversationStore::state)
        .optional();
  }

  /**
   * A customer's conversations as the lifecycle needs them: the active one, the latest resolved.
   */
  record CustomerConversations(
      Optional<ConversationLifecycle.State> active,
      Optional<ConversationLifecycle.State> latestResolved) {}

  /**
   * {@link #active} and {@link #latestResolved} for many customers in one query; a customer with
   * neither is absent.
   */
  Map<Long, CustomerConversations> ofCustomers(long workspaceId, Collection<Long> contactIds) {
    var active = new HashMap<Long, ConversationLifecycle.State>();
    var resolved = new HashMap<Long, ConversationLifecycle.State>();
    if (contactIds.isEmpty()) {
      return Map.of();
    }
    jdbcTemplate.query(
        "select c.id, c.contact_id, c.status, c.resolved_at from unnest(?) as t(k) join"
            + " conversation c on c.workspace_id = ? and c.contact_id = t.k and c.status in"
            + " ('new', 'open', 'pending', 'resolved')",
        ps -> {
          ps.setArray(1, SqlArrays.bigints(ps, contactIds));
          ps.setLong(2, workspaceId);
        },
        (RowCallbackHandler)
            rs -> {
              var state = state(rs, 0);
              long contact = rs.getLong("contact_id");
              if (state.status() == ConversationStatus.RESOLVED) {
                resolved.merge(contact, state, ConversationStore::laterResolved);
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

  /** As {@link #latestResolved} orders them: latest resolution first, then highest id. */
  private static ConversationLifecycle.State laterResolved(
      ConversationLifecycle.State a, ConversationLifecycle.State b) {
    if (a.resolvedAt() == null || b.resolvedAt() == null) {
      // PostgreSQL sorts nulls first in descending order, as the single lookup does.
      if (a.resolvedAt() == null && b.resolvedAt() == null) {
        return a.id() > b.id() ? a : b;
      }
      return a.resolvedAt() == null ? a : b;
    }
    int byTime = a.resolvedAt().compareTo(b.resolvedAt());
    return byTime > 0 || (byTime == 0 && a.id() > b.id()) ? a : b;
  }

  Optional<ConversationLifecycle.State> latestResolved(long workspaceId, long contactId) {
    return jdbc.sql(
            "select id, status, resolved_at from conversation where workspace_id = ? and"
                + " contact_id = ? and status = 'resolved' order by resolved_at desc, id desc"
                + " fetch first 1 rows only")
        .params(workspaceId, contactId)
        .query(ConversationStore::state)
        .optional();
  }

  /** The customer's most recent conversation, whatever its status. */
  Optional<Long> latest(long workspaceId, long contactId) {
    return jdbc.sql("select max(id) from conversation where workspace_id = ? and contact_id = ?")
        .params(workspaceId, contactId)
        .query((rs, row) -> rs.getObject(1, Long.class))
        .optional();
  }

  Optional<ConversationLifecycle.State> state(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select id, status, resolved_at from conversation where workspace_id = ? and id = ?")
        .params(workspaceId, conversationId)
        .query(ConversationStore::state)
        .optional();
  }

  private static ConversationLifecycle.State state(ResultSet rs, int row) throws SQLException {
    return new ConversationLifecycle.State(
        rs.getLong("id"),
        ConversationStatus.fromWireName(rs.getString("status")),
        instant(rs, "resolved_at"));
  }

  long insert(long workspaceId, long contactId, long channelAccountId, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into conversation (workspace_id, contact_id, status, channel_account_id,"
                + " opened_at, last_message_at) values (?, ?, 'new', ?, ?, ?)")
        .params(workspaceId, contactId, channelAccountId, utc(at), utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private static final String SET_STATUS =
      "update conversation set status = ?, version = version + 1, snoozed_until = null,"
          + " resolved_at = case when ? = 'resolved' then ? else resolved_at end,"
          + " closed_at = case when ? = 'closed' then ? else closed_at end"
          + " where workspace_id = ? and id = ?";

  void setStatus(long workspaceId, long conversationId, ConversationStatus status, Instant at) {
    jdbc.sql(SET_STATUS).params(statusValues(workspaceId, conversationId, status, at)).update();
  }

  private static Object[] statusValues(
      long workspaceId, long conversationId, ConversationStatus status, Instant at) {
    return new Object[] {
      status.wireName(),
      status.wireName(),
      utc(at),
      status.wireName(),
      utc(at),
      workspaceId,
      conversationId
    };
  }

  /** A status change of a batch. */
  record StatusChange(long conversationId, ConversationStatus to, Instant at) {}

  /** Applies these status changes, in order, as one JDBC batch. */
  void setStatusAll(long workspaceId, List<StatusChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        SET_STATUS,
        changes.stream()
            .map(c -> statusValues(workspaceId, c.conversationId(), c.to(), c.at()))
            .toList());
  }

  /**
   * What a batch adds to one conversation: its customer messages, as {@link #touchInbound} would
   * apply them one after the other (counts add up, times keep their maximum, the last message gives
   * the preview and the account).
   */
  static final class InboundTouch {
    int count;
    Instant lastAt;
    Instant lastPrivateAt;
    long channelAccountId;
    String preview;

    void add(long channelAccountId, boolean isPublic, Instant at, String preview) {
      count++;
      lastAt = lastAt == null || lastAt.isBefore(at) ? at : lastAt;
      if (!isPublic) {
        lastPrivateAt = lastPrivateAt == null || lastPrivateAt.isBefore(at) ? at : lastPrivateAt;
      }
      this.channelAccountId = channelAccountId;
      this.preview = preview;
    }
  }

  /**
   * Inserts new conversations (status new) that already hold the batch's first messages: one JDBC
   * batch, with the counts and times {@link #touchInbound} would have set, so no update follows.
   * Returns their ids in order.
   */
  List<Long> insertAll(
      long workspaceId, List<Long> contactIds, List<Instant> openedAt, List<InboundTouch> touches) {
    if (contactIds.isEmpty()) {
      return List.of();
    }
    var keys = new GeneratedKeyHolder();
    jdbcTemplate.batchUpdate(
        con ->
            con.prepareStatement(
                "insert into conversation (workspace_id, contact_id, status, channel_account_id,"
                    + " opened_at, last_message_at, last_inbound_at, last_inbound_private_at,"
                    + " message_count, preview, version) values (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)",
                new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            var t = touches.get(i);
            var opened = openedAt.get(i);
            var last = t.lastAt.isAfter(opened) ? t.lastAt : opened;
            ps.setLong(1, workspaceId);
            ps.setLong(2, contactIds.get(i));
            ps.setLong(3, t.channelAccountId);
            ps.setObject(4, utc(opened));
            ps.setObject(5, utc(last));
            ps.setObject(6, utc(t.lastAt));
            ps.setObject(7, utc(t.lastPrivateAt));
            ps.setInt(8, t.count);
            ps.setString(9, t.preview);
            ps.setInt(10, t.count);
          }

          @Override
          public int getBatchSize() {
            return contactIds.size();
          }
        },
        keys);
    return SqlArrays.ids(keys);
  }

  /** Applies the batch's customer messages to existing conversations: one JDBC batch. */
  void touchInboundAll(long workspaceId, Map<Long, InboundTouch> touches) {
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
    jdbcTemplate.batchUpdate(
        "update conversation set message_count = message_count + ?, channel_account_id = ?,"
            + " last_message_at = case when last_message_at < ? then ? else last_message_at"
            + " end, last_inbound_at = case when last_inbound_at is null or last_inbound_at < ?"
            + " then ? else last_inbound_at end, last_inbound_private_at = case when ? and"
            + " (last_inbound_private_at is null or last_inbound_private_at < ?) then ? else"
            + " last_inbound_private_at end, preview = ?, version = version + ?"
            + " where workspace_id = ? and id = ?",
        rows);
  }

  /** Adds a customer's message: counts, times, preview, the account it came through. */
  void touchInbound(
      long workspaceId,
      long conversationId,
      long channelAccountId,
      boolean isPublic,
      Instant at,
      String preview) {
    jdbc.sql(
            "update conversation set message_count = message_count + 1, channel_account_id = ?,"
                + " last_message_at = case when last_message_at < ? then ? else last_message_at"
                + " end, last_inbound_at = case when last_inbound_at is null or last_inbound_at < ?"
                + " then ? else last_inbound_at end, last_inbound_private_at = case when ? and"
                + " (last_inbound_private_at is null or last_inbound_private_at < ?) then ? else"
                + " last_inbound_private_at end, preview = ?, version = version + 1"
                + " where workspace_id = ? and id = ?")
        .params(
            channelAccountId,
            utc(at),
            utc(at),
            utc(at),
            utc(at),
            !isPublic,
            utc(at),
            utc(at),
            preview,
            workspaceId,
            conversationId)
        .update();
  }

  /** Adds the brand's own message: the first one is the first response. */
  void touchOutbound(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation set message_count = message_count + 1,"
                + " last_message_at = case when last_message_at < ? then ? else last_message_at"
                + " end, first_response_at = coalesce(first_response_at, ?), version = version + 1"
                + " where workspace_id = ? and id = ?")
        .params(utc(at), utc(at), utc(at), workspaceId, conversationId)
        .update();
  }

  Optional<ConversationSummary> summary(long workspaceId, long conversationId) {
    return jdbc.sql(SUMMARY + " where c.workspace_id = ? and c.id = ?")
        .params(workspaceId, conversationId)
        .query(ConversationStore::summary)
        .optional();
  }

  Map<Long, ConversationSummary> summaries(long workspaceId, Collection<Long> ids) {
    var found = new LinkedHashMap<Long, ConversationSummary>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(SUMMARY + " where c.workspace_id = :ws and c.id in (:ids)")
        .param("ws", workspaceId)
        .param("ids", ids)
        .query(ConversationStore::summary)
        .list()
        .forEach(summary -> found.put(summary.id(), summary));
    return found;
  }

  /** The contact's other conversations, most recent activity first. */
  List<ConversationSummary> ofContact(
      long workspaceId, long contactId, long exceptConversationId, int limit) {
    return jdbc.sql(
            SUMMARY
                + " where c.workspace_id = ? and c.contact_id = ? and c.id <> ?"
                + " order by c.last_message_at desc, c.id desc fetch first ? rows only")
        .params(workspaceId, contactId, exceptConversationId, limit)
        .query(ConversationStore::summary)
        .list();
  }

  /** Sets (or clears, with null) the time a snoozed conversation opens again. */
  void snoozeUntil(long workspaceId, long conversationId, Instant until) {
    jdbc.sql("update conversation set snoozed_until = ? where workspace_id = ? and id = ?")
        .params(utc(until), workspaceId, conversationId)
        .update();
  }

  /** Snoozed conversations whose time has come, with their workspace. */
  List<long[]> snoozeOver(Instant now, int limit) {
    return jdbc.sql(
            "select workspace_id, id from conversation where snoozed_until <= ? and status ="
                + " 'pending' fetch first ? rows only")
        .params(utc(now), limit)
        .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .list();
  }

  /** A page of conversations, most recent activity first, after the cursor position. */
  List<ConversationSummary> page(
      long workspaceId, List<String> statuses, Instant beforeAt, long beforeId, int limit) {
    var sql = new StringBuilder(SUMMARY).append(" where c.workspace_id = :ws");
    if (!statuses.isEmpty()) {
      sql.append(" and c.status in (:statuses)");
    }
    if (beforeAt != null) {
      sql.append(" and (c.last_message_at < :at or (c.last_message_at = :at and c.id < :id))");
    }
    sql.append(" order by c.last_message_at desc, c.id desc fetch first :limit rows only");
    var statement = jdbc.sql(sql.toString()).param("ws", workspaceId).param("limit", limit);
    if (!statuses.isEmpty()) {
      statement = statement.param("statuses", statuses);
    }
    if (beforeAt != null) {
      statement = statement.param("at", utc(beforeAt)).param("id", beforeId);
    }
    return statement.query(ConversationStore::summary).list();
  }

  /** How many conversations of the workspace are in each status (absent statuses have none). */
  Map<String, Long> countByStatus(long workspaceId) {
    var counts = new LinkedHashMap<String, Long>();
    jdbc.sql("select status, count(*) from conversation where workspace_id = ? group by status")
        .param(workspaceId)
        .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }

  private static ConversationSummary summary(ResultSet rs, int row) throws SQLException {
    return new ConversationSummary(
        rs.getLong("id"),
        rs.getString("status"),
        rs.getLong("contact_id"),
        rs.getString("display_name"),
        rs.getObject("channel_account_id", Long.class),
        instant(rs, "opened_at"),
        instant(rs, "last_message_at"),
        instant(rs, "last_inbound_at"),
        instant(rs, "last_inbound_private_at"),
        instant(rs, "first_response_at"),
        instant(rs, "resolved_at"),
        rs.getInt("message_count"),
        rs.getString("preview"));
  }
}
