package io.purser.ingest.routing;

import io.purser.ingest.IngestManagement.UnroutableEvent;
import io.purser.workspace.Network;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Events for accounts no workspace has registered. They are kept with their delivery, listed for
 * administrators, and processed again when the operator releases them to the workspace that has
 * registered the account.
 */
@Repository
public class UnroutableEvents {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  UnroutableEvents(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(
      long inboxEventId, Network network, String accountExternalId, String eventType) {
    jdbc.update(
        "insert into unroutable_event (inbox_event_id, network, account_external_id, event_type,"
            + " received_at) select ?, ?, ?, ?, ? where not exists (select 1 from"
            + " unroutable_event where inbox_event_id = ? and network = ? and"
            + " account_external_id = ? and event_type = ?)",
        inboxEventId,
        network.wireName(),
        accountExternalId,
        eventType,
        clock.instant().atOffset(ZoneOffset.UTC),
        inboxEventId,
        network.wireName(),
        accountExternalId,
        eventType);
  }

  public List<UnroutableEvent> open(int limit) {
    return jdbc.query(
        "select inbox_event_id, network, account_external_id, event_type, received_at from"
            + " unroutable_event where resolved_at is null order by id desc fetch first ? rows"
            + " only",
        (rs, row) ->
            new UnroutableEvent(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                toInstant(rs.getTimestamp(5))),
        limit);
  }

  /** Marks the account's events resolved and returns their deliveries, to be processed again. */
  public List<Long> resolve(Network network, String accountExternalId) {
    var ids =
        jdbc.queryForList(
            "select distinct inbox_event_id from unroutable_event where network = ? and"
                + " account_external_id = ? and resolved_at is null",
            Long.class,
            network.wireName(),
            accountExternalId);
    jdbc.update(
        "update unroutable_event set resolved_at = ? where network = ? and account_external_id = ?"
            + " and resolved_at is null",
        clock.instant().atOffset(ZoneOffset.UTC),
        network.wireName(),
        accountExternalId);
    return ids;
  }

  private static Instant toInstant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
