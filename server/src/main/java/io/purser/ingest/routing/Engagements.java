package io.purser.ingest.routing;

import io.purser.ingest.InboundEvent.Engagement;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Likes, follows, reactions and ratings: recorded once each, never a conversation. */
@Repository
class Engagements {

  private final JdbcTemplate jdbc;

  Engagements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(long workspaceId, Engagement e, java.time.Instant fallbackTime) {
    var actor = e.actor() == null || e.actor().externalId() == null ? "" : e.actor().externalId();
    var target = e.targetExternalId() == null ? "" : e.targetExternalId();
    var at = (e.at() == null ? fallbackTime : e.at()).atOffset(ZoneOffset.UTC);
    var detail =
        e.detail() != null && e.detail().length() > 4000
            ? e.detail().substring(0, 4000)
            : e.detail();
    jdbc.update(
        "insert into engagement (workspace_id, network, kind, actor_external_id,"
            + " target_external_id, detail, occurred_at) select ?, ?, ?, ?, ?, ?, ? where not"
            + " exists (select 1 from engagement where workspace_id = ? and network = ? and kind"
            + " = ? and actor_external_id = ? and target_external_id = ? and occurred_at = ?)",
        workspaceId,
        e.network().wireName(),
        e.kind(),
        actor,
        target,
        detail,
        at,
        workspaceId,
        e.network().wireName(),
        e.kind(),
        actor,
        target,
        at);
  }
}
