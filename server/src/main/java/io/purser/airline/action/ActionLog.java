package io.purser.airline.action;

import io.purser.airline.BookingActionView.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Booking actions (booking_action) and their append-only audit trail (booking_audit). */
@Repository
class ActionLog {

  /** An action as stored. */
  record Stored(
      long id,
      long workspaceId,
      long conversationId,
      String kind,
      String key,
      String fingerprint,
      String recordLocator,
      String request,
      String status,
      List<String> stepsDone,
      String failedStep,
      String error,
      String fareQuote,
      String before,
      String after,
      Long requestedBy,
      String requestedByName,
      Instant requestedAt,
      String decidedByName,
      Instant decidedAt) {}

  private static final String SELECT =
      "select id, workspace_id, conversation_id, kind, idempotency_key, fingerprint,"
          + " record_locator, request, status, steps_done, failed_step, error, fare_quote,"
          + " before_state, after_state, requested_by, requested_by_name, requested_at,"
          + " decided_by_name, decided_at from booking_action";

  private final JdbcClient jdbc;

  ActionLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param request the request as stored (JSON)
   */
  long insert(ActionDraft a, String request, String status, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into booking_action (workspace_id, conversation_id, kind, idempotency_key,"
                + " fingerprint, record_locator, request, status, fare_quote, before_state,"
                + " requested_by, requested_by_name, requested_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.workspaceId(),
            a.conversationId(),
            a.kind(),
            a.key(),
            a.fingerprint(),
            a.request().recordLocator(),
            request,
            status,
            a.fareQuote(),
            a.before(),
            a.actor().userId(),
            a.actor().name(),
            utc(at),
            utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Stored> byKey(long workspaceId, String key) {
    return select("workspace_id = ? and idempotency_key = ?", workspaceId, key).optional();
  }

  Optional<Stored> find(long workspaceId, long id) {
    return select("workspace_id = ? and id = ?", workspaceId, id).optional();
  }

  /** The workspace's actions waiting for a supervisor, oldest first. */
  List<Stored> pendingApproval(long workspaceId, int limit) {
    return select(
            "workspace_id = ? and status = 'pending_approval' order by id limit ?",
            workspaceId,
            limit)
        .list();
  }

  List<Stored> forConversation(long workspaceId, long conversationId) {
    return select(
            "workspace_id = ? and conversation_id = ? order by id", workspaceId, conversationId)
        .list();
  }

  private JdbcClient.MappedQuerySpec<Stored> select(String where, Object... params) {
    return jdbc.sql(SELECT + " where " + where).params(params).query(ActionLog::stored);
  }

  /** Moves the action from one of the expected statuses to another; false if it was not in one. */
  boolean claim(long id, String to, Instant at, String... from) {
    var placeholders = String.join(", ", Arrays.stream(from).map(s -> "?").toList());
    var params = new java.util.ArrayList<Object>(List.of(to, utc(at), id));
    params.addAll(List.of(from));
    return jdbc.sql(
                "update booking_action set status = ?, updated_at = ? where id = ? and status in ("
                    + placeholders
                    + ")")
            .params(params)
            .update()
        == 1;
  }

  void stepDone(long id, List<String> stepsDone, String after, Instant at) {
    jdbc.sql(
            "update booking_action set steps_done = ?, after_state = ?, updated_at = ? where id = ?")
        .params(String.join(",", stepsDone), after, utc(at), id)
        .update();
  }

  void finish(long id, String status, String failedStep, String error, Instant at) {
    jdbc.sql(
            "update booking_action set status = ?, failed_step = ?, error = ?, updated_at = ?"
                + " where id = ?")
        .params(status, failedStep, error, utc(at), id)
        .update();
  }

  void decided(long id, Long userId, String name, Instant at) {
    jdbc.sql(
            "update booking_action set decided_by = ?, decided_by_name = ?, decided_at = ?"
                + " where id = ?")
        .params(userId, name, utc(at), id)
        .update();
  }

  void audit(
      Stored action,
      Long actorId,
      String actor,
      String event,
      String before,
      String after,
      String detail,
      Instant at) {
    jdbc.sql(
            "insert into booking_audit (workspace_id, action_id, conversation_id, at, actor_id,"
                + " actor_name, event, record_locator, before_state, after_state, detail)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            action.workspaceId(),
            action.id(),
            action.conversationId(),
            utc(at),
            actorId,
            actor,
            event,
            action.recordLocator(),
            before,
            after,
            truncate(detail))
        .update();
  }

  List<AuditEntry> audit(long workspaceId, long actionId) {
    return jdbc.sql(
            "select at, actor_name, event, before_state, after_state, detail from booking_audit"
                + " where workspace_id = ? and action_id = ? order by id")
        .params(workspaceId, actionId)
        .query(
            (rs, n) ->
                new AuditEntry(
                    instant(rs, "at"),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  private static Stored stored(ResultSet rs, int n) throws SQLException {
    var steps = rs.getString("steps_done");
    return new Stored(
        rs.getLong("id"),
        rs.getLong("workspace_id"),
        rs.getLong("conversation_id"),
        rs.getString("kind"),
        rs.getString("idempotency_key"),
        rs.getString("fingerprint"),
        rs.getString("record_locator"),
        rs.getString("request"),
        rs.getString("status"),
        steps == null || steps.isBlank() ? List.of() : List.of(steps.split(",")),
        rs.getString("failed_step"),
        rs.getString("error"),
        rs.getString("fare_quote"),
        rs.getString("before_state"),
        rs.getString("after_state"),
        rs.getObject("requested_by", Long.class),
        rs.getString("requested_by_name"),
        instant(rs, "requested_at"),
        rs.getString("decided_by_name"),
        instant(rs, "decided_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }
}
