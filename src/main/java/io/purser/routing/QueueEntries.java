package io.purser.routing;

import static io.purser.routing.Agents.instant;
import static io.purser.routing.Agents.utc;

import io.purser.routing.domain.Priority;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * The conversation_routing table: each conversation's place in the queue — what triage said about
 * the customer's latest message, whether the customer is waiting, its priority with the reasons,
 * and who owns it.
 */
@Repository
class QueueEntries {

  /** A conversation's routing row. */
  record Entry(
      long conversationId,
      long workspaceId,
      boolean waiting,
      Instant waitingSince,
      String network,
      boolean isPublic,
      String language,
      String intent,
      String sentiment,
      String category,
      String urgency,
      String urgencyReason,
      boolean raisedByRule,
      long authorFollowers,
      Instant slaDueAt,
      Long teamId,
      int priority,
      String priorityBand,
      String priorityReasons,
      Instant priorityAt,
      Long assigneeId,
      Instant assignedAt,
      Long previousAssigneeId,
      String status) {

    Entry withSlaDueAt(Instant dueAt) {
      return new Entry(
          conversationId,
          workspaceId,
          waiting,
          waitingSince,
          network,
          isPublic,
          language,
          intent,
          sentiment,
          category,
          urgency,
          urgencyReason,
          raisedByRule,
          authorFollowers,
          dueAt,
          teamId,
          priority,
          priorityBand,
          priorityReasons,
          priorityAt,
          assigneeId,
          assignedAt,
          previousAssigneeId,
          status);
    }
  }

  /** What a customer's message tells routing. */
  record Signals(
      String network,
      boolean isPublic,
      boolean needsResponse,
      String language,
      String intent,
      String sentiment,
      String category,
      String urgency,
      String urgencyReason,
      boolean raisedByRule,
      long authorFollowers,
      Long teamId) {}

  private static final String SELECT =
      "select r.*, c.status from conversation_routing r join conversation c on c.id ="
          + " r.conversation_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  QueueEntries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  Optional<Entry> find(long workspaceId, long conversationId) {
    return jdbc.sql(SELECT + " where r.workspace_id = ? and r.conversation_id = ?")
        .params(workspaceId, conversationId)
        .query(QueueEntries::entry)
        .optional();
  }

  /** Locks the row until the transaction ends (taken after the agent's lock, never before). */
  Optional<Entry> lock(long workspaceId, long conversationId) {
    var locked =
        jdbc.sql(
                "select conversation_id from conversation_routing where workspace_id = ? and"
                    + " conversation_id = ? for update")
            .params(workspaceId, conversationId)
            .query(Long.class)
            .optional();
    return locked.flatMap(id -> find(workspaceId, id));
  }

  /**
   * The routing rows of these conversations, locked until the transaction ends, by conversation id
   * (absent: no row yet). Rows are locked in id order, so two transactions cannot deadlock here.
   */
  Map<Long, Entry> lockAll(long workspaceId, Collection<Long> conversationIds) {
    var found = new HashMap<Long, Entry>();
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

  /**
   * What a customer's message makes of a conversation's routing row (null: it has none yet): the
   * conversation is active and waits for the brand when the message needs a response (or it was
   * already waiting), and the message's triage facts replace the older ones. The priority is left
   * as it was, for the caller to score.
   */
  static Entry afterCustomerWrote(
      Entry before, long workspaceId, long conversationId, Signals s, Instant at) {
    boolean wasWaiting = before != null && before.waiting();
    return new Entry(
        conversationId,
        workspaceId,
        wasWaiting || s.needsResponse(),
        wasWaiting ? before.waitingSince() : s.needsResponse() ? at : null,
        s.network(),
        s.isPublic(),
        s.language(),
        s.intent(),
        s.sentiment(),
        s.category(),
        s.urgency(),
        s.urgencyReason(),
        s.raisedByRule(),
        s.authorFollowers(),
        before == null ? null : before.slaDueAt(),
        s.teamId() != null ? s.teamId() : before == null ? null : before.teamId(),
        before == null ? 0 : before.priority(),
        before == null ? "normal" : before.priorityBand(),
        before == null ? null : before.priorityReasons(),
        before == null ? null : before.priorityAt(),
        before == null ? null : before.assigneeId(),
        before == null ? null : before.assignedAt(),
        before == null ? null : before.previousAssigneeId(),
        before == null ? null : before.status());
  }

  /** A routing row to write after customers' messages, with its new priority. */
  record Written(Entry entry, Priority priority, Instant scoredAt, Instant updatedAt) {}

  /**
   * Writes rows that {@link #lockAll} found locked, with one JDBC batch: the customer facts of
   * {@link #afterCustomerWrote} and the priority.
   */
  void updateAll(List<Written> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        "update conversation_routing set active = true, waiting = ?, waiting_since = ?, network ="
            + " ?, is_public = ?, language = ?, intent = ?, sentiment = ?, category = ?, urgency ="
            + " ?, urgency_reason = ?, raised_by_rule = ?, author_followers = ?, team_id = ?,"
            + " updated_at = ?, priority = ?, priority_band = ?, priority_reasons = ?,"
            + " priority_at = ? where workspace_id = ? and conversation_id = ?",
        rows,
        rows.size(),
        (ps, row) -> setRow(ps, row));
  }

  /**
   * Inserts the rows of conversations that had none, with one JDBC batch. A new row remembers the
   * agent who owned the customer's most recent conversation, so it can go back to them.
   */
  void insertAll(List<Written> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        "insert into conversation_routing (waiting, waiting_since, network, is_public, language,"
            + " intent, sentiment, category, urgency, urgency_reason, raised_by_rule,"
            + " author_followers, team_id, updated_at, priority, priority_band, priority_reasons,"
            + " priority_at, workspace_id, conversation_id, previous_assignee_id) values (?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select r.assignee_id from"
            + " conversation_routing r join conversation c on c.id = r.conversation_id where"
            + " c.workspace_id = ? and c.contact_id = (select contact_id from conversation where id"
            + " = ?) and r.assignee_id is not null order by c.id desc fetch first 1 rows only))",
        rows,
        rows.size(),
        (ps, row) -> {
          int p = setRow(ps, row);
          ps.setLong(p++, row.entry().workspaceId());
          ps.setLong(p, row.entry().conversationId());
        });
  }

  /**
   * Binds a written row, waiting … priority_at, workspace_id, conversation_id, from parameter 1
   * (the update's whole row, the insert's first twenty); returns the next parameter's index.
   */
  private int setRow(PreparedStatement ps, Written row) throws SQLException {
    var e = row.entry();
    int p = setFacts(ps, e);
    setTime(ps, p++, row.updatedAt());
    p = setPriority(ps, p, row);
    ps.setLong(p++, e.workspaceId());
    ps.setLong(p++, e.conversationId());
    return p;
  }

  /** Binds waiting … team_id from parameter 1; returns the next parameter's index. */
  private static int setFacts(PreparedStatement ps, Entry e) throws SQLException {
    int p = 1;
    ps.setBoolean(p++, e.waiting());
    setTime(ps, p++, e.waitingSince());
    ps.setString(p++, e.network());
    ps.setBoolean(p++, e.isPublic());
    ps.setString(p++, e.language());
    ps.setString(p++, e.intent());
    ps.setString(p++, e.sentiment());
    ps.setString(p++, e.category());
    ps.setString(p++, e.urgency());
    ps.setString(p++, e.urgencyReason());
    ps.setBoolean(p++, e.raisedByRule());
    ps.setLong(p++, e.authorFollowers());
    ps.setObject(p++, e.teamId(), Types.BIGINT);
    return p;
  }

  private static void setTime(PreparedStatement ps, int p, Instant at) throws SQLException {
    if (at == null) {
      ps.setNull(p, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(p, utc(at));
    }
  }

  private static int setPriority(PreparedStatement ps, int p, Written row) throws SQLException {
    ps.setInt(p++, row.priority().score());
    ps.setString(p++, row.priority().band().wireName());
    ps.setString(p++, row.priority().explanation());
    setTime(ps, p++, row.scoredAt());
    return p;
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
                + " = null, assigned_at = null, updated_at = ? where workspace_id = ? and"
                + " conversation_id = ?")
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

  void setSlaDue(long workspaceId, long conversationId, Instant dueAt) {
    jdbc.sql(
            "update conversation_routing set sla_due_at = ? where workspace_id = ? and"
                + " conversation_id = ?")
        .params(utc(dueAt), workspaceId, conversationId)
        .update();
  }

  /** Each row's SLA deadline and the priority scored with it, with one JDBC batch. */
  void setSlaDueAll(List<Written> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        "update conversation_routing set sla_due_at = ?, priority = ?, priority_band = ?,"
            + " priority_reasons = ?, priority_at = ? where workspace_id = ? and conversation_id"
            + " = ?",
        rows,
        rows.size(),
        (ps, row) -> {
          setTime(ps, 1, row.entry().slaDueAt());
          int p = setPriority(ps, 2, row);
          ps.setLong(p++, row.entry().workspaceId());
          ps.setLong(p, row.entry().conversationId());
        });
  }

  /**
   * Each row's priority, scored again, with one JDBC batch: the rescoring sweep's 500 rows in one
   * statement batch (and, in the caller's transaction, one commit) rather than 500.
   */
  void setPriorities(List<Written> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.batchUpdate(
        "update conversation_routing set priority = ?, priority_band = ?, priority_reasons = ?,"
            + " priority_at = ? where workspace_id = ? and conversation_id = ?",
        rows,
        rows.size(),
        (ps, row) -> {
          int p = setPriority(ps, 1, row);
          ps.setLong(p++, row.entry().workspaceId());
          ps.setLong(p, row.entry().conversationId());
        });
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

  void setPriority(
      long workspaceId,
      long conversationId,
      int priority,
      String band,
      String reasons,
      Instant at) {
    jdbc.sql(
            "update conversation_routing set priority = ?, priority_band = ?, priority_reasons = ?,"
                + " priority_at = ? where workspace_id = ? and conversation_id = ?")
        .params(priority, band, reasons, utc(at), workspaceId, conversationId)
        .update();
  }

  /** Gives the conversation to an agent; false when it is no longer owned as expected. */
  boolean assign(
      long workspaceId, long conversationId, Long expectedOwner, long agentId, Instant at) {
    var sql =
        "update conversation_routing set assignee_id = ?, assigned_at = ?, previous_assignee_id ="
            + " coalesce(assignee_id, previous_assignee_id), updated_at = ? where workspace_id = ?"
            + " and conversation_id = ? and "
            + (expectedOwner == null ? "assignee_id is null" : "assignee_id = " + expectedOwner);
    return jdbc.sql(sql).params(agentId, utc(at), utc(at), workspaceId, conversationId).update()
        == 1;
  }

  /** Returns the conversation to the queue; false when the agent did not own it. */
  boolean release(long workspaceId, long conversationId, long agentId, Instant at) {
    return jdbc.sql(
                "update conversation_routing set previous_assignee_id = assignee_id, assignee_id ="
                    + " null, assigned_at = null, updated_at = ? where workspace_id = ? and"
                    + " conversation_id = ? and assignee_id = ?")
            .params(utc(at), workspaceId, conversationId, agentId)
            .update()
        == 1;
  }

  /** Unowned conversations whose customer waits, highest priority first, then oldest. */
  List<Entry> waitingUnassigned(long workspaceId, int limit) {
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
  List<Entry> waiting(int limit) {
    return jdbc.sql(
            SELECT
                + " where r.waiting = true and c.status in ('new', 'open') order by r.waiting,"
                + " r.priority_at nulls first fetch first ? rows only")
        .params(limit)
        .query(QueueEntries::entry)
        .list();
  }

  /** The active conversations an agent owns. */
  List<Entry> ownedBy(long workspaceId, long agentId) {
    return jdbc.sql(
            SELECT
                + " where r.workspace_id = ? and r.assignee_id = ? and c.status in ('new', 'open',"
                + " 'pending') order by r.priority desc, r.conversation_id")
        .params(workspaceId, agentId)
        .query(QueueEntries::entry)
        .list();
  }

  /** How many unowned conversations wait, and since when the oldest has waited. */
  record QueueDepth(long waiting, Instant oldestSince) {}

  QueueDepth depth(long workspaceId) {
    return jdbc.sql(
            "select count(*) as n, min(r.waiting_since) as oldest from conversation_routing r join"
                + " conversation c on c.id = r.conversation_id where r.workspace_id = ? and"
                + " r.waiting = true and r.assignee_id is null and c.status in ('new', 'open')")
        .params(workspaceId)
        .query((rs, row) -> new QueueDepth(rs.getLong("n"), instant(rs, "oldest")))
        .single();
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getLong("conversation_id"),
        rs.getLong("workspace_id"),
        rs.getBoolean("waiting"),
        instant(rs, "waiting_since"),
        rs.getString("network"),
        rs.getBoolean("is_public"),
        rs.getString("language"),
        rs.getString("intent"),
        rs.getString("sentiment"),
        rs.getString("category"),
        rs.getString("urgency"),
        rs.getString("urgency_reason"),
        rs.getBoolean("raised_by_rule"),
        rs.getLong("author_followers"),
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
