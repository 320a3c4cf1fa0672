package io.purser.routing.queue;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.routing.RoutingManagement.QueueDepth;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation_routing table, one {@link QueueEntry} per conversation: reads, and the changes
 * of one row (the brand answered, the conversation ended, its owner changed). Rows written with a
 * new priority go through {@link QueueRows}.
 */
@Repository
public class QueueEntries {

  private static final String SELECT =
      "select r.*, c.status from conversation_routing r join conversation c on c.id ="
          + " r.conversation_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  QueueEntries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  public Optional<QueueEntry> find(long workspaceId, long conversationId) {
    return jdbc.sql(SELECT + " where r.workspace_id = ? and r.conversation_id = ?")
        .params(workspaceId, conversationId)
        .query(QueueEntries::entry)
        .optional();
  }

  /**
   * The routing rows of these conversations, locked until the transaction ends, by conversation id
   * (absent: no row yet). Rows are locked in id order, so two transactions cannot deadlock here.
   */
  Map<Long, QueueEntry> lockAll(long workspaceId, Collection<Long> conversationIds) {
    var found = new HashMap<Long, QueueEntry>();
    if (conversationIds.isEmpty()) {
      return found;
    }
    var ids = conversationIds.stream().sorted().toList();
    // By primary key only, the workspace checked on each row: with "workspace_id = ?" in the
    // query, PostgreSQL without statistics combined the primary key with an index that leads with
    // the workspace and read every row of the workspace (and its dead versions) for each batch.
    jdbcTemplate.query(
        "select r.*, cast(null as varchar(16)) as status from conversation_routing r where"
            + " r.conversation_id = any(?) order by r.conversation_id for update",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
        (RowCallbackHandler)
            rs -> {
              var entry = entry(rs, 0);
              if (entry.workspaceId() == workspaceId) {
                found.put(entry.conversationId(), entry);
              }
            });
    return found;
  }

  /** The brand answered: the customer no longer waits. */
  void brandAnswered(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation_routing set waiting = false, waiting_since = null, updated_at = ?"
                + " where workspace_id = ? and conversation_id = ?")
        .params(utc(at), workspaceId, conversationId)
        .update();
  }

  /**
   * The conversation ended (resolved or closed): nobody owns it any more, but the owner is kept so
   * that the customer's next conversation goes back to them.
   */
  void ended(long workspaceId, long conversationId, Instant at) {
    jdbc.sql(
            "update conversation_routing set waiting = false, waiting_since = null,"
                + " previous_assignee_id = coalesce(assignee_id, previous_assignee_id), assignee_id"
                + " = null, assigned_at = null, kept_while_away = false, updated_at = ? where"
                + " workspace_id = ? and conversation_id = ?")
        .params(utc(at), workspaceId, conversationId)
        .update();
  }

  /** Whether the conversation is active (new, open, pending): the queue views show only those. */
  void setActive(long workspaceId, long conversationId, boolean active) {
    jdbc.sql(
            "update conversation_routing set active = ? where workspace_id = ? and conversation_id"
                + " = ?")
        .params(active, workspaceId, conversationId)
        .update();
  }

  /** The priority band of each of these conversations that has a routing row. */
  Map<Long, String> priorityBands(long workspaceId, Collection<Long> conversationIds) {
    var found = new HashMap<Long, String>();
    if (conversationIds.isEmpty()) {
      return found;
    }
    // By primary key only, the workspace checked on each row (see lockAll).
    jdbcTemplate.query(
        "select conversation_id, workspace_id, priority_band from conversation_routing where"
            + " conversation_id = any(?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", conversationIds.toArray())),
        (RowCallbackHandler)
            rs -> {
              if (rs.getLong(2) == workspaceId) {
                found.put(rs.getLong(1), rs.getString(3));
              }
            });
    return found;
  }

  /** Gives the conversation to an agent; false when it is no longer owned as expected. */
  public boolean assign(
      long workspaceId, long conversationId, Long expectedOwner, long agentId, Instant at) {
    var sql =
        "update conversation_routing set assignee_id = ?, assigned_at = ?, previous_assignee_id ="
            + " coalesce(assignee_id, previous_assignee_id), kept_while_away = false, updated_at ="
            + " ? where workspace_id = ?"
            + " and conversation_id = ? and "
            + (expectedOwner == null ? "assignee_id is null" : "assignee_id = " + expectedOwner);
    return jdbc.sql(sql).params(agentId, utc(at), utc(at), workspaceId, conversationId).update()
        == 1;
  }

  /** Returns the conversation to the queue; false when the agent did not own it. */
  public boolean release(long workspaceId, long conversationId, long agentId, Instant at) {
    return jdbc.sql(
                "update conversation_routing set previous_assignee_id = assignee_id, assignee_id ="
                    + " null, assigned_at = null, kept_while_away = false, updated_at = ? where"
                    + " workspace_id = ? and conversation_id = ? and assignee_id = ?")
            .params(utc(at), workspaceId, conversationId, agentId)
            .update()
        == 1;
  }

  /**
   * Marks which of the agent's conversations they keep while away: exactly these (ids the agent
   * does not own are ignored); an empty set clears every mark.
   */
  public void keepWhileAway(long workspaceId, long agentId, Collection<Long> keep) {
    jdbc.sql(
            "update conversation_routing set kept_while_away = false where workspace_id = ? and"
                + " assignee_id = ? and kept_while_away = true")
        .params(workspaceId, agentId)
        .update();
    if (keep.isEmpty()) {
      return;
    }
    jdbcTemplate.update(
        "update conversation_routing set kept_while_away = true where workspace_id = ? and"
            + " assignee_id = ? and conversation_id = any(?)",
        ps -> {
          ps.setLong(1, workspaceId);
          ps.setLong(2, agentId);
          ps.setArray(3, ps.getConnection().createArrayOf("bigint", keep.toArray()));
        });
  }

  /** Whether the conversation's owner kept it when going away. */
  public boolean keptWhileAway(long workspaceId, long conversationId) {
    return jdbc.sql(
            "select kept_while_away from conversation_routing where workspace_id = ? and"
                + " conversation_id = ?")
        .params(workspaceId, conversationId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Unowned conversations whose customer waits, highest priority first, then oldest. */
  public List<QueueEntry> waitingUnassigned(long workspaceId, int limit) {
    return jdbc.sql(
            SELECT
                + " where r.workspace_id = ? and r.waiting = true and r.assignee_id is null and"
                + " c.status in ('new', 'open') order by r.priority desc, r.waiting_since, r.conversation_id"
                + " fetch first ? rows only")
        .params(workspaceId, limit)
        .query(QueueEntries::entry)
        .list();
  }

  /**
   * Every waiting conversation (owned or not) of all workspaces: their priority moves with time.
   * Scored longest ago first: on H2 along {@code conversation_routing_rescore} (the order names
   * {@code waiting}, fixed by the condition, for H2 to walk the index rather than sort every
   * waiting row); PostgreSQL has no such index, see V13_1.
   */
  List<QueueEntry> waiting(int limit) {
    return jdbc.sql(
            SELECT
                + " where r.waiting = true and c.status in ('new', 'open') order by r.waiting,"
                + " r.priority_at nulls first fetch first ? rows only")
        .params(limit)
        .query(QueueEntries::entry)
        .list();
  }

  /** The active conversations an agent owns. */
  public List<QueueEntry> ownedBy(long workspaceId, long agentId) {
    return jdbc.sql(
            SELECT
                + " where r.workspace_id = ? and r.assignee_id = ? and c.status in ('new', 'open',"
                + " 'pending') order by r.priority desc, r.conversation_id")
        .params(workspaceId, agentId)
        .query(QueueEntries::entry)
        .list();
  }

  /** How many unowned conversations wait, and since when the oldest has waited. */
  QueueDepth depth(long workspaceId) {
    return jdbc.sql(
            "select count(*) as n, min(r.waiting_since) as oldest from conversation_routing r join"
                + " conversation c on c.id = r.conversation_id where r.workspace_id = ? and"
                + " r.waiting = true and r.assignee_id is null and c.status in ('new', 'open')")
        .params(workspaceId)
        .query((rs, row) -> new QueueDepth(rs.getLong("n"), instant(rs, "oldest")))
        .single();
  }

  private static QueueEntry entry(ResultSet rs, int row) throws SQLException {
    return new QueueEntry(
        rs.getLong("conversation_id"),
        rs.getLong("workspace_id"),
        rs.getBoolean("waiting"),
        instant(rs, "waiting_since"),
        new MessageFacts(
            rs.getString("network"),
            rs.getBoolean("is_public"),
            rs.getString("language"),
            rs.getString("intent"),
            rs.getString("sentiment"),
            rs.getString("category"),
            rs.getString("urgency"),
            rs.getString("urgency_reason"),
            rs.getBoolean("raised_by_rule"),
            rs.getLong("author_followers")),
        instant(rs, "sla_due_at"),
        rs.getObject("team_id", Long.class),
        rs.getInt("priority"),
        rs.getString("priority_band"),
        rs.getString("priority_reasons"),
        instant(rs, "priority_at"),
        rs.getObject("assignee_id", Long.class),
        instant(rs, "assigned_at"),
        rs.getObject("previous_assignee_id", Long.class),
        rs.getString("status"));
  }
}
