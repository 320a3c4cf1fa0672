package io.purser.reports;

import io.purser.reports.model.ReportReads;
import io.purser.sla.SlaManagement;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports module's API: a workspace's figures over a range of conversations (summary and
 * breakdowns) and the per-conversation export, all read from the reports' own model.
 */
@Service
public class ReportsManagement {

  private final ReportReads reads;
  private final SlaManagement sla;

  ReportsManagement(ReportReads reads, SlaManagement sla) {
    this.reads = reads;
    this.sla = sla;
  }

  @Transactional(readOnly = true)
  public ReportFigures summary(long workspaceId, ReportQuery query) {
    return reads.summary(workspaceId, query);
  }

  /** One item per value of {@code by}, in the value's order (nulls as the database sorts them). */
  @Transactional(readOnly = true)
  public List<ReportBreakdown.Item> breakdown(
      long workspaceId, ReportBreakdown.By by, ReportQuery query) {
    return reads.breakdown(workspaceId, by, query);
  }

  /**
   * Hands each conversation of the report to {@code row}, oldest first, reading a page at a time (a
   * transaction lets PostgreSQL's driver honour the fetch size instead of reading every row).
   */
  @Transactional(readOnly = true)
  public void export(long workspaceId, ReportQuery query, Consumer<ReportedConversation> row) {
    reads.export(workspaceId, query, row);
  }

  /** The zone of the breakdown's hours and days: the workspace's (its SLA calendar's). */
  public ZoneId timeZone(long workspaceId) {
    return sla.timeZone(workspaceId);
  }
}
