/**
 * Reports that answer in milliseconds: a read model with one row per conversation (channel, team,
 * agent, intent, language, priority band, first response by a person, resolution, reopenings,
 * CSAT), kept from the conversation, routing and SLA modules' events inside the transaction that
 * made each change, and read by summaries, breakdowns and a streamed per-conversation export whose
 * percentiles the database computes.
 *
 * <p>Offers: {@link io.purser.reports.ReportsManagement} (the figures, the breakdowns, the export),
 * {@link io.purser.reports.ReportCsv} (the same as CSV, for the API and the console's links) and
 * {@link io.purser.reports.ReportSeeding} (bulk loading for the benchmark). Keeps to itself: its
 * tables (report_conversation, report_reply), the listener and the queries ({@code model}), and its
 * REST controller ({@code web}). The definitions are written in {@code docs/reports.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package io.purser.reports;
