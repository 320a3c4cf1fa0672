package io.purser.reports.model;

import static io.purser.Timestamps.utc;

import io.purser.reports.ReportQuery;
import java.util.ArrayList;
import java.util.List;

/** The where clause of a report: its workspace and range (the index's order), then its filters. */
record ReportFilter(String sql, List<Object> params) {

  static ReportFilter of(long workspaceId, ReportQuery query) {
    var sql = new StringBuilder("workspace_id = ? and started_at >= ? and started_at < ?");
    var params = new ArrayList<Object>(List.of(workspaceId, utc(query.from()), utc(query.to())));
    add(sql, params, "channel", query.channel());
    add(sql, params, "team", query.team());
    add(sql, params, "agent_id", query.agent());
    add(sql, params, "intent", query.intent());
    add(sql, params, "language", query.language());
    add(sql, params, "priority_band", query.band());
    return new ReportFilter(sql.toString(), params);
  }

  private static void add(StringBuilder sql, List<Object> params, String column, Object value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }
}
