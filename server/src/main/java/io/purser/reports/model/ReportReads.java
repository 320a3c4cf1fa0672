package io.purser.reports.model;

import io.purser.Timestamps;
import io.purser.reports.ReportBreakdown;
import io.purser.reports.ReportFigures;
import io.purser.reports.ReportQuery;
import io.purser.reports.ReportedConversation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports' queries: one aggregate over the conversations a report counts (grouped for a
 * breakdown), its percentiles computed by the database ({@code percentile_cont}, on H2 and
 * PostgreSQL alike), and the export read with a fetch size so no more than a page is in memory.
 */
@Component
public class ReportReads {

  private static final int EXPORT_FETCH = 2_000;

  private static final String FIGURES =
      "count(*) conversations,"
          + " percentile_cont(0.5) within group (order by cast(first_response_wall_s as double"
          + " precision)) fr_p50,"
          + " percentile_cont(0.9) within group (order by cast(first_response_wall_s as double"
          + " precision)) fr_p90,"
          + " percentile_cont(0.5) within group (order by cast(first_response_business_s as double"
          + " precision)) frb_p50,"
          + " percentile_cont(0.9) within group (order by cast(first_response_business_s as double"
          + " precision)) frb_p90,"
          + " sum(case when needs_response then 1 else 0 end) needing,"
          + " sum(case when needs_response and first_response_met then 1 else 0 end) met,"
          + " sum(case when needs_response and first_response_at is null then 1 else 0 end)"
          + " unanswered,"
          + " percentile_cont(0.5) within group (order by cast(resolution_wall_s as double"
          + " precision)) res_p50,"
          + " percentile_cont(0.5) within group (order by cast(next_response_avg_s as double"
          + " precision)) next_p50,"
          + " sum(case when reopened_count > 0 then 1 else 0 end) reopened,"
          + " sum(case when is_public then 1 else 0 end) public_ones,"
          + " sum(case when moved_to_private then 1 else 0 end) moved,"
          + " count(csat_score) csat_responses, avg(cast(csat_score as double precision)) csat_avg";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final boolean postgres;

  ReportReads(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.template = template;
    try (var connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
    }
  }

  public ReportFigures summary(long workspaceId, ReportQuery query) {
    var where = ReportFilter.of(workspaceId, query);
    sortInMemory();
    return jdbc.sql("select " + FIGURES + " from report_conversation where " + where.sql())
        .params(where.params())
        .query((rs, row) -> figures(rs))
        .single();
  }

  public List<ReportBreakdown.Item> breakdown(
      long workspaceId, ReportBreakdown.By by, ReportQuery query) {
    var where = ReportFilter.of(workspaceId, query);
    var key = column(by);
    sortInMemory();
    return jdbc.sql(
            "select "
                + key
                + " breakdown_key, "
                + FIGURES
                + " from report_conversation where "
                + where.sql()
                + " group by "
                + key
                + " order by "
                + key)
        .params(where.params())
        .query((rs, row) -> new ReportBreakdown.Item(rs.getString("breakdown_key"), figures(rs)))
        .list();
  }

  /** Hands each conversation to {@code row}, oldest first, a page at a time from the database. */
  public void export(long workspaceId, ReportQuery query, Consumer<ReportedConversation> row) {
    var where = ReportFilter.of(workspaceId, query);
    template.query(
        con -> {
          var ps =
              con.prepareStatement(
                  "select * from report_conversation where "
                      + where.sql()
                      + " order by started_at, conversation_id");
          ps.setFetchSize(EXPORT_FETCH);
          var params = where.params();
          for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
          }
          return ps;
        },
        (RowCallbackHandler) rs -> row.accept(conversation(rs)));
  }

  /**
   * Lets PostgreSQL sort a month of a large workspace in memory: a breakdown's sort of 82,000 rows
   * spilled 6 MB to disk under the default 4 MB of {@code work_mem}. Only for this transaction.
   */
  private void sortInMemory() {
    if (postgres) {
      jdbc.sql("set local work_mem = '64MB'").update();
    }
  }

  private static String column(ReportBreakdown.By by) {
    return switch (by) {
      case CHANNEL -> "channel";
      case INTENT -> "intent";
      case HOUR -> "local_hour";
      case DAY -> "local_day";
      case AGENT -> "agent_id";
      case TEAM -> "team";
    };
  }

  private static ReportFigures figures(ResultSet rs) throws SQLException {
    long conversations = rs.getLong("conversations");
    long needing = rs.getLong("needing");
    long publicOnes = rs.getLong("public_ones");
    return new ReportFigures(
        conversations,
        new ReportFigures.FirstResponse(
            number(rs, "fr_p50"),
            number(rs, "fr_p90"),
            share(rs.getLong("met"), needing),
            number(rs, "frb_p50"),
            number(rs, "frb_p90")),
        rs.getLong("unanswered"),
        new ReportFigures.Resolution(number(rs, "res_p50")),
        new ReportFigures.NextResponse(number(rs, "next_p50")),
        share(rs.getLong("reopened"), conversations),
        share(rs.getLong("moved"), publicOnes),
        new ReportFigures.Csat(rs.getLong("csat_responses"), number(rs, "csat_avg")));
  }

  private static ReportedConversation conversation(ResultSet rs) throws SQLException {
    return new ReportedConversation(
        rs.getLong("conversation_id"),
        Timestamps.instant(rs, "started_at"),
        rs.getString("channel"),
        rs.getObject("is_public", Boolean.class),
        rs.getBoolean("moved_to_private"),
        rs.getString("team"),
        rs.getObject("agent_id", Long.class),
        rs.getString("intent"),
        rs.getString("language"),
        rs.getString("priority_band"),
        rs.getBoolean("needs_response"),
        Timestamps.instant(rs, "first_response_at"),
        rs.getObject("first_response_wall_s", Long.class),
        rs.getObject("first_response_business_s", Long.class),
        rs.getObject("first_response_met", Boolean.class),
        rs.getInt("next_responses"),
        rs.getObject("next_response_avg_s", Long.class),
        Timestamps.instant(rs, "resolved_at"),
        rs.getObject("resolution_wall_s", Long.class),
        rs.getInt("reopened_count"),
        rs.getObject("csat_score", Integer.class));
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
