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

  /** The most rules a workspace may have: every message of the workspace runs all of them. */
  static final int MAX_PER_WORKSPACE = 100;

  /** A rule as stored, in its columns' words. */
  record Row(String name, String match, String pattern, String action, String value) {}

  /**
   * A stored rule with its id: the rule, or, when it was saved under older checks and no longer
   * passes them (e.g. a regular expression RE2 cannot run), null and the reason it is skipped.
   */
  record StoredRule(long id, Row row, BrandRule rule, String invalidBecause) {

    static StoredRule of(long id, Row row) {
      try {
        var rule =
            new BrandRule(
                row.name(),
                BrandRule.Match.valueOf(row.match()),
                row.pattern(),
                BrandRule.Action.valueOf(row.action()),
                row.value());
        return new StoredRule(id, row, rule, null);
      } catch (IllegalArgumentException invalid) {
        return new StoredRule(id, row, null, invalid.getMessage());
      }
    }

    static StoredRule of(long id, BrandRule rule) {
      var row =
          new Row(
              rule.name(), rule.match().name(), rule.pattern(), rule.action().name(), rule.value());
      return new StoredRule(id, row, rule, null);
    }

    boolean valid() {
      return rule != null;
    }
  }

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
                StoredRule.of(
                    rs.getLong("id"),
                    new Row(
                        rs.getString("name"),
                        rs.getString("match_kind"),
                        rs.getString("pattern"),
                        rs.getString("action"),
                        rs.getString("action_value"))))
        .list();
  }

  int count(long workspaceId) {
    return jdbc.sql("select count(*) from brand_rule where workspace_id = ?")
        .param(workspaceId)
        .query(Integer.class)
        .single();
  }

  boolean delete(long workspaceId, long id) {
    return jdbc.sql("delete from brand_rule where workspace_id = ? and id = ?")
            .params(workspaceId, id)
            .update()
        > 0;
  }
}
