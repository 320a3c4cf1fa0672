package io.purser.ingest.inbox;

import io.purser.AfterCommit;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.IngestManagement.ParkedDelivery;
import io.purser.ingest.IngestManagement.Replay;
import io.purser.workspace.WorkspaceManagement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Deliveries the pipeline parked as failed, for the administrators who must see them and the
 * operator who replays them once the cause is fixed. A parked delivery belongs to no workspace in
 * the database (it was never routed); it is shown to a workspace's admins when an event in it is
 * for one of their accounts, found by parsing its body again (the parsers are pure; parked
 * deliveries are few).
 */
@Repository
class ParkedDeliveries {

  private final JdbcTemplate jdbc;
  private final DeliveryReader reader;
  private final WorkspaceManagement workspaces;
  private final PipelineSignal signal;

  ParkedDeliveries(
      JdbcTemplate jdbc,
      DeliveryReader reader,
      WorkspaceManagement workspaces,
      PipelineSignal signal) {
    this.jdbc = jdbc;
    this.reader = reader;
    this.workspaces = workspaces;
    this.signal = signal;
  }

  /** The newest parked deliveries, at most {@code limit}, of any workspace or of none. */
  List<ParkedDelivery> newest(int limit) {
    return jdbc
        .query(
            "select id, source, received_at, processed_at, attempts, last_error from inbox_event"
                + " where status = 'failed' order by id desc fetch first ? rows only",
            (rs, row) -> parked(rs),
            limit)
        .stream()
        .map(this::withWorkspaces)
        .toList();
  }

  /** The newest parked deliveries that carry an event for an account of the workspace. */
  List<ParkedDelivery> newestOf(long workspaceId, int limit) {
    // Looked for among the newest of all, since the workspace's are found only by parsing.
    return newest(Math.max(limit * 5, 500)).stream()
        .filter(p -> p.workspaceIds().contains(workspaceId))
        .limit(limit)
        .toList();
  }

  /**
   * Puts a parked delivery back in the pipeline with fresh attempts. Replaying one that is already
   * waiting again changes nothing, and one that has been processed is not processed twice.
   */
  Replay replay(long id) {
    int requeued =
        jdbc.update(
            "update inbox_event set status = 'pending', attempts = 0, processed_at = null"
                + " where id = ? and status = 'failed'",
            id);
    if (requeued == 1) {
      AfterCommit.run(signal::wake);
      return Replay.QUEUED;
    }
    var status = status(id);
    if (status.isEmpty()) {
      return Replay.NOT_FOUND;
    }
    return "pending".equals(status.get()) ? Replay.QUEUED : Replay.ALREADY_PROCESSED;
  }

  private Optional<String> status(long id) {
    return jdbc
        .queryForList("select status from inbox_event where id = ?", String.class, id)
        .stream()
        .findFirst();
  }

  private static ParkedDelivery parked(ResultSet rs) throws SQLException {
    return new ParkedDelivery(
        rs.getLong(1),
        rs.getString(2),
        instant(rs.getTimestamp(3)),
        instant(rs.getTimestamp(4)),
        rs.getInt(5),
        rs.getString(6),
        Set.of());
  }

  /** Reads the bodies one at a time: a parked delivery may be a whole MiB. */
  private ParkedDelivery withWorkspaces(ParkedDelivery p) {
    var body =
        jdbc.queryForList(
            "select body from inbox_body where inbox_event_id = ?", byte[].class, p.id());
    var workspaceIds = body.isEmpty() ? Set.<Long>of() : workspacesOf(p.source(), body.get(0));
    return new ParkedDelivery(
        p.id(), p.source(), p.receivedAt(), p.parkedAt(), p.attempts(), p.error(), workspaceIds);
  }

  private Set<Long> workspacesOf(String source, byte[] body) {
    var found = new LinkedHashSet<Long>();
    try {
      var events = reader.parse(source, body);
      for (var event : events == null ? List.<InboundEvent>of() : events) {
        workspaces
            .findAccount(event.network(), event.accountExternalId())
            .ifPresent(account -> found.add(account.workspaceId()));
      }
    } catch (RuntimeException unreadable) {
      // A body no parser reads is the operator's alone.
    }
    return found;
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
