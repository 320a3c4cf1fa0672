package io.purser.identity.audit;

import io.purser.identity.AuditedChange;
import io.purser.identity.PurserPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit_event table. Append and read only: there is deliberately no method that changes or
 * removes a row (and PostgreSQL refuses it with a trigger).
 */
@Repository
public class AuditEvents {

  /** One recorded change as administrators read it. */
  public record AuditEvent(
      long id,
      Instant at,
      Actor actor,
      String sourceIp,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {}

  /** Who made a change: {@code user}, {@code token} or {@code bootstrap}, with ids and name. */
  record Actor(String kind, Long userId, Long tokenId, String name) {}

  /** Which events to read: all bounds optional. */
  public record Query(Instant from, Instant to, String actorName, Long userId, Long tokenId) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditEvents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void append(
      long workspaceId,
      PurserPrincipal actor,
      String sourceIp,
      AuditedChange change,
      String before,
      String after) {
    jdbc.sql(
            "insert into audit_event (workspace_id, occurred_at, actor_kind, actor_user_id,"
                + " actor_token_id, actor_name, source_ip, action, target_type, target_id,"
                + " before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            clock.instant().atOffset(ZoneOffset.UTC),
            kind(actor),
            actor.userId(),
            actor.tokenId(),
            actor.name(),
            sourceIp,
            change.action(),
            change.targetType(),
            change.targetId() == null ? null : String.valueOf(change.targetId()),
            before,
            after)
        .update();
  }

  /** A page of a workspace's events, newest first, with ids below {@code beforeId}. */
  public List<AuditEvent> page(long workspaceId, Query query, long beforeId, int limit) {
    var sql =
        new StringBuilder(
            "select id, occurred_at, actor_kind, actor_user_id, actor_token_id, actor_name,"
                + " source_ip, action, target_type, target_id, before_state, after_state"
                + " from audit_event where workspace_id = ? and id < ?");
    var params = new ArrayList<Object>(List.of(workspaceId, beforeId));
    if (query.from() != null) {
      sql.append(" and occurred_at >= ?");
      params.add(query.from().atOffset(ZoneOffset.UTC));
    }
    if (query.to() != null) {
      sql.append(" and occurred_at < ?");
      params.add(query.to().atOffset(ZoneOffset.UTC));
    }
    if (query.actorName() != null) {
      sql.append(" and actor_name = ?");
      params.add(query.actorName());
    }
    if (query.userId() != null) {
      sql.append(" and actor_user_id = ?");
      params.add(query.userId());
    }
    if (query.tokenId() != null) {
      sql.append(" and actor_token_id = ?");
      params.add(query.tokenId());
    }
    sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query(AuditEvents::event).list();
  }

  private static String kind(PurserPrincipal actor) {
    if (actor.system()) {
      return "bootstrap";
    }
    return actor.tokenId() != null ? "token" : "user";
  }

  private static AuditEvent event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AuditEvent(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        new Actor(
            rs.getString("actor_kind"),
            rs.getObject("actor_user_id", Long.class),
            rs.getObject("actor_token_id", Long.class),
            rs.getString("actor_name")),
        rs.getString("source_ip"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("before_state"),
        rs.getString("after_state"));
  }
}
