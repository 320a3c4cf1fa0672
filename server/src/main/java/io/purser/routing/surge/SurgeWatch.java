package io.purser.routing.surge;

import static io.purser.Timestamps.instant;
import static io.purser.Timestamps.utc;

import io.purser.identity.AuditedChange;
import io.purser.routing.RoutingEvents.SurgeChanged;
import io.purser.routing.SurgeMode;
import io.purser.routing.domain.Surge;
import io.purser.routing.domain.SurgeDetector;
import io.purser.routing.domain.SurgeEvent;
import io.purser.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surges per workspace and surge mode. Every message that needs a response feeds the workspace's
 * {@link SurgeDetector}; a surge that starts or ends is published for supervisors. The detector
 * lives in memory on each node (it sees the messages that node processes and starts empty after a
 * restart, so a surge already under way is noticed within one window of new traffic). Surge mode —
 * a supervisor's switch that pins a prepared reply and raises time-critical travellers — is stored,
 * and read through a five-second cache because every scored conversation asks for it.
 */
@Component
public class SurgeWatch {

  private static final Logger log = LoggerFactory.getLogger(SurgeWatch.class);
  private static final Duration CACHE = Duration.ofSeconds(5);

  private record Cached(SurgeMode mode, Instant readAt) {}

  private final Map<Long, SurgeDetector> detectors = new ConcurrentHashMap<>();
  private final Map<Long, Cached> modes = new ConcurrentHashMap<>();
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SurgeWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  public void observe(long workspaceId, Intent intent, Instant at) {
    var detector = detectors.computeIfAbsent(workspaceId, id -> SurgeDetector.withDefaults());
    List<SurgeEvent> changes;
    synchronized (detector) {
      changes = detector.observe(intent, at);
    }
    publish(workspaceId, changes);
  }

  public List<Surge> active(long workspaceId) {
    var detector = detectors.get(workspaceId);
    if (detector == null) {
      return List.of();
    }
    synchronized (detector) {
      publish(workspaceId, detector.advanceTo(clock.instant()));
      return List.copyOf(detector.active());
    }
  }

  public boolean surgeModeFor(long workspaceId, Intent intent) {
    return mode(workspaceId).active();
  }

  public SurgeMode mode(long workspaceId) {
    var now = clock.instant();
    var cached = modes.get(workspaceId);
    if (cached != null && cached.readAt().plus(CACHE).isAfter(now)) {
      return cached.mode();
    }
    var mode =
        jdbc.sql(
                "select active, prepared_reply, changed_at, changed_by from surge_mode where"
                    + " workspace_id = ?")
            .params(workspaceId)
            .query(
                (rs, row) ->
                    new SurgeMode(
                        rs.getBoolean("active"),
                        rs.getString("prepared_reply"),
                        instant(rs, "changed_at"),
                        rs.getString("changed_by")))
            .optional()
            .orElse(new SurgeMode(false, null, null, null));
    modes.put(workspaceId, new Cached(mode, now));
    return mode;
  }

  private int update(
      long workspaceId, boolean active, String preparedReply, String by, Instant now) {
    return jdbc.sql(
            "update surge_mode set active = ?, prepared_reply = ?, changed_at = ?, changed_by"
                + " = ? where workspace_id = ?")
        .params(active, preparedReply, utc(now), by, workspaceId)
        .update();
  }

  public SurgeMode setMode(long workspaceId, boolean active, String preparedReply, String by) {
    var before = mode(workspaceId);
    var now = clock.instant();
    if (update(workspaceId, active, preparedReply, by, now) == 0) {
      try {
        jdbc.sql(
                "insert into surge_mode (workspace_id, active, prepared_reply, changed_at,"
                    + " changed_by) values (?, ?, ?, ?, ?)")
            .params(workspaceId, active, preparedReply, utc(now), by)
            .update();
      } catch (DuplicateKeyException concurrent) {
        // Another supervisor's first switch inserted the row between our update and insert
        // (ApiFuzzIT found the 500): ours comes after theirs, as if the requests had queued.
        update(workspaceId, active, preparedReply, by, now);
      }
    }
    modes.remove(workspaceId);
    var after = mode(workspaceId);
    events.publishEvent(
        new AuditedChange("surge_mode.set", "surge_mode", workspaceId, before, after));
    return after;
  }

  private void publish(long workspaceId, List<SurgeEvent> changes) {
    var now = clock.instant();
    for (var change : changes) {
      if (change instanceof SurgeEvent.SurgeStarted started) {
        log.info("Surge in workspace {}: {}", workspaceId, started.surge().text());
        events.publishEvent(new SurgeChanged(workspaceId, started.surge(), true, now));
      } else if (change instanceof SurgeEvent.SurgeEnded ended) {
        log.info("Surge over in workspace {}: {}", workspaceId, ended.surge().text());
        events.publishEvent(new SurgeChanged(workspaceId, ended.surge(), false, now));
      }
    }
  }
}
