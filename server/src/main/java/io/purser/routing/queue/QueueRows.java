package io.purser.routing.queue;

import static io.purser.Timestamps.utc;

import io.purser.routing.domain.Priority;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;

/**
 * Writes conversation_routing rows with their new priority, each kind of write one JDBC batch: the
 * pipeline's customer facts, SLA deadlines and the rescoring sweep's priorities. A single row is a
 * batch of one.
 */
@Repository
class QueueRows {

  /** A routing row to write, with its new priority. */
  record Written(QueueEntry entry, Priority priority, Instant scoredAt, Instant updatedAt) {}

  private final JdbcTemplate jdbc;

  QueueRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes rows that {@link QueueEntries#lockAll} found locked: the customer facts of {@link
   * QueueEntry#afterCustomerWrote} and the priority.
   */
  void updateAll(List<Written> rows) {
    batch(
        "update conversation_routing set active = true, waiting = ?, waiting_since = ?, network ="
            + " ?, is_public = ?, language = ?, intent = ?, sentiment = ?, category = ?, urgency ="
            + " ?, urgency_reason = ?, raised_by_rule = ?, author_followers = ?, team_id = ?,"
            + " updated_at = ?, priority = ?, priority_band = ?, priority_reasons = ?,"
            + " priority_at = ? where workspace_id = ? and conversation_id = ?",
        rows,
        QueueRows::setRow);
  }

  /**
   * Inserts the rows of conversations that had none. A new row remembers the agent who owned the
   * customer's most recent conversation, so it can go back to them.
   */
  void insertAll(List<Written> rows) {
    batch(
        "insert into conversation_routing (waiting, waiting_since, network, is_public, language,"
            + " intent, sentiment, category, urgency, urgency_reason, raised_by_rule,"
            + " author_followers, team_id, updated_at, priority, priority_band, priority_reasons,"
            + " priority_at, workspace_id, conversation_id, previous_assignee_id) values (?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select r.assignee_id from"
            + " conversation_routing r join conversation c on c.id = r.conversation_id where"
            + " c.workspace_id = ? and c.contact_id = (select contact_id from conversation where id"
            + " = ?) and r.assignee_id is not null order by c.id desc fetch first 1 rows only))",
        rows,
        (ps, row) -> {
          int p = setRow(ps, row);
          ps.setLong(p++, row.entry().workspaceId());
          ps.setLong(p, row.entry().conversationId());
        });
  }

  /**
   * Each row's priority, scored again, and with {@code withDeadline} its SLA deadline too. Rows are
   * written in conversation order, the order the pipeline locks them in ({@link
   * QueueEntries#lockAll}), so that a transaction around this batch and the pipeline's cannot
   * deadlock; in the caller's transaction the rescoring sweep's 500 rows are one commit, not 500.
   */
  void setPriorities(List<Written> rows, boolean withDeadline) {
    batch(
        "update conversation_routing set "
            + (withDeadline ? "sla_due_at = ?, " : "")
            + "priority = ?, priority_band = ?, priority_reasons = ?, priority_at = ? where"
            + " workspace_id = ? and conversation_id = ?",
        rows.stream()
            .sorted(Comparator.comparingLong(row -> row.entry().conversationId()))
            .toList(),
        (ps, row) -> {
          int p = 1;
          if (withDeadline) {
            setTime(ps, p++, row.entry().slaDueAt());
          }
          p = setPriority(ps, p, row);
          ps.setLong(p++, row.entry().workspaceId());
          ps.setLong(p, row.entry().conversationId());
        });
  }

  private void batch(
      String sql, List<Written> rows, ParameterizedPreparedStatementSetter<Written> setter) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql, rows, rows.size(), setter);
    }
  }

  /**
   * Binds a written row, waiting … priority_at, workspace_id, conversation_id, from parameter 1
   * (the update's whole row, the insert's first twenty); returns the next parameter's index.
   */
  private static int setRow(PreparedStatement ps, Written row) throws SQLException {
    var e = row.entry();
    var f = e.facts();
    int p = 1;
    ps.setBoolean(p++, e.waiting());
    setTime(ps, p++, e.waitingSince());
    ps.setString(p++, f.network());
    ps.setBoolean(p++, f.isPublic());
    ps.setString(p++, f.language());
    ps.setString(p++, f.intent());
    ps.setString(p++, f.sentiment());
    ps.setString(p++, f.category());
    ps.setString(p++, f.urgency());
    ps.setString(p++, f.urgencyReason());
    ps.setBoolean(p++, f.raisedByRule());
    ps.setLong(p++, f.authorFollowers());
    ps.setObject(p++, e.teamId(), Types.BIGINT);
    setTime(ps, p++, row.updatedAt());
    p = setPriority(ps, p, row);
    ps.setLong(p++, e.workspaceId());
    ps.setLong(p++, e.conversationId());
    return p;
  }

  private static int setPriority(PreparedStatement ps, int p, Written row) throws SQLException {
    ps.setInt(p++, row.priority().score());
    ps.setString(p++, row.priority().band().wireName());
    ps.setString(p++, row.priority().explanation());
    setTime(ps, p++, row.scoredAt());
    return p;
  }

  private static void setTime(PreparedStatement ps, int p, Instant at) throws SQLException {
    if (at == null) {
      ps.setNull(p, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(p, utc(at));
    }
  }
}
