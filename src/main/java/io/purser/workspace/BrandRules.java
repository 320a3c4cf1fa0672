package io.purser.workspace;

import io.purser.triage.BrandRule;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The brand_rule table. */
@Repository
class BrandRules {

  /** A stored rule with its id. */
  record StoredRule(long id, BrandRule rule) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  BrandRules(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long insert(long workspaceId, BrandRule rule) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into brand_rule (workspace_id, name, match_kind, pattern, action,"
                + " action_value, created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            workspaceId,
            rule.name(),
            rule.match().name(),
            rule.pattern(),
            rule.action().name(),
            rule.value(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  List<StoredRule> list(long workspaceId) {
    return jdbc.sql(
            "select id, name, match_kind, pattern, action, action_value from brand_rule"
                + " where workspace_id = ? order by id")
        .param(workspaceId)
        .query(
            (rs, row) ->
                new StoredRule(
                    rs.getLong("id"),
                    new BrandRule(
                        rs.getString("name"),
                        BrandRule.Match.valueOf(rs.getString("match_kind")),
                        rs.getString("pattern"),
                        BrandRule.Action.valueOf(rs.getString("action")),
                        rs.getString("action_value"))))
        .list();
  }

  boolean delete(long workspaceId, long id) {
    return jdbc.sql("delete from brand_rule where workspace_id = ? and id = ?")
            .params(workspaceId, id)
            .update()
        > 0;
  }
}
