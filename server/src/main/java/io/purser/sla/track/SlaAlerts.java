package io.purser.sla.track;

import static io.purser.sla.track.TrackRows.instant;
import static io.purser.sla.track.TrackRows.utc;

import io.purser.sla.SlaManagement.FiredEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sla_event table: each warning and breach fired, once per clock, kind and due time, with the
 * escalation that followed a breach.
 */
@Repository
public class SlaAlerts {

  private final JdbcClient jdbc;

  SlaAlerts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Warnings and breaches of the workspace fired since an instant, newest first (at most 500). */
  public List<FiredEvent> firedSince(long workspaceId, Instant since) {
    return jdbc.sql(
            "select conversation_id, clock, kind, due_at, fired_at, escalation from sla_event"
                + " where workspace_id = ? and fired_at >= ? order by fired_at desc, id desc"
                + " fetch first 500 rows only")
        .params(workspaceId, utc(since))
        .query(
            (rs, row) ->
                new FiredEvent(
                    rs.getLong("conversation_id"),
                    rs.getString("clock"),
                    rs.getString("kind"),
                    instant(rs, "due_at"),
                    instant(rs, "fired_at"),
                    rs.getString("escalation")))
        .list();
  }

  boolean recorded(long conversationId, String clock, String kind, Instant dueAt) {
    return jdbc.sql(
                "select count(*) from sla_event where conversation_id = ? and clock = ? and kind ="
                    + " ? and due_at = ?")
            .params(conversationId, clock, kind, utc(dueAt))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Records a warning or breach once; false when it was recorded before. */
  boolean record(SlaTracks.Stored stored, FiredEvent fired) {
    return jdbc.sql(
                "insert into sla_event (workspace_id, conversation_id, clock, kind, due_at,"
                    + " fired_at, escalation) select ?, ?, ?, ?, ?, ?, ? where not exists (select 1"
                    + " from sla_event where conversation_id = ? and clock = ? and kind = ? and"
                    + " due_at = ?)")
            .params(
                stored.workspaceId(),
                stored.conversationId(),
                fired.clock(),
                fired.kind(),
                utc(fired.dueAt()),
                utc(fired.firedAt()),
                fired.escalation(),
                stored.conversationId(),
                fired.clock(),
                fired.kind(),
                utc(fired.dueAt()))
            .update()
        == 1;
  }
}
