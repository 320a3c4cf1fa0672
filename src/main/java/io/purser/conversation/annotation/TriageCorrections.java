package io.purser.conversation.annotation;

import io.purser.conversation.TriageCorrection;
import io.purser.conversation.TriageLabel;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The triage_correction table: agents' corrections, the brand's own training labels. */
@Repository
class TriageCorrections {

  private final JdbcClient jdbc;
  private final Clock clock;

  TriageCorrections(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(long workspaceId, long messageId, TriageCorrection c, String correctedBy) {
    jdbc.sql(
            "insert into triage_correction (workspace_id, message_id, intent, category,"
                + " needs_response, sentiment, corrected_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            messageId,
            c.intent(),
            c.category(),
            c.needsResponse(),
            c.sentiment(),
            correctedBy,
            clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }

  /** The latest correction of each corrected message, with its text. */
  List<TriageLabel> labels(long workspaceId) {
    return jdbc.sql(
            "select m.text, c.sentiment, c.intent, c.category, c.needs_response"
                + " from triage_correction c join message m on m.id = c.message_id"
                + " where c.workspace_id = ? and c.id = (select max(c2.id) from triage_correction"
                + " c2 where c2.workspace_id = c.workspace_id and c2.message_id = c.message_id)"
                + " order by c.id")
        .param(workspaceId)
        .query(
            (rs, row) ->
                new TriageLabel(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, Boolean.class)))
        .list();
  }
}
