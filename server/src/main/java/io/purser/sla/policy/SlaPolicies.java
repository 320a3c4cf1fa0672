package io.purser.sla.policy;

import io.purser.sla.SlaPolicyDocument;
import io.purser.sla.domain.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sla_policy table: one policy document per workspace (the defaults when none is stored), read
 * through a short cache because every message of the workspace needs it.
 */
@Repository
public class SlaPolicies {

  private static final Duration CACHE = Duration.ofSeconds(5);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Cached(SlaPolicyDocument document, SlaPolicy policy, Instant readAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  SlaPolicies(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public SlaPolicy policy(long workspaceId) {
    return cached(workspaceId).policy();
  }

  public SlaPolicyDocument document(long workspaceId) {
    return cached(workspaceId).document();
  }

  /** Stores a new policy; throws IllegalArgumentException when the document is not valid. */
  public SlaPolicyDocument save(long workspaceId, SlaPolicyDocument document, String by) {
    document.toPolicy();
    var now = clock.instant();
    var text = JSON.writeValueAsString(document);
    int updated =
        jdbc.sql(
                "update sla_policy set document = ?, updated_at = ?, updated_by = ? where"
                    + " workspace_id = ?")
            .params(text, now.atOffset(ZoneOffset.UTC), by, workspaceId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into sla_policy (workspace_id, document, updated_at, updated_by) values (?,"
                  + " ?, ?, ?)")
          .params(workspaceId, text, now.atOffset(ZoneOffset.UTC), by)
          .update();
    }
    cache.remove(workspaceId);
    return document(workspaceId);
  }

  private Cached cached(long workspaceId) {
    var now = clock.instant();
    var hit = cache.get(workspaceId);
    if (hit != null && hit.readAt().plus(CACHE).isAfter(now)) {
      return hit;
    }
    var document =
        jdbc.sql("select document from sla_policy where workspace_id = ?")
            .params(workspaceId)
            .query(String.class)
            .optional()
            .map(text -> JSON.readValue(text, SlaPolicyDocument.class))
            .orElseGet(SlaPolicyDocument::defaults);
    var fresh = new Cached(document, document.toPolicy(), now);
    cache.put(workspaceId, fresh);
    return fresh;
  }
}
