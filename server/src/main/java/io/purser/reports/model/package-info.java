/**
 * The reports' read model (report_conversation, report_reply): written by {@code ReportListener}
 * from other modules' events inside the transaction that made the change, read by {@code
 * ReportReads} with the percentiles computed by the database.
 */
package io.purser.reports.model;
