/**
 * The report pages for supervisors: a range of days and filters, the summary figures, breakdowns by
 * channel, intent, hour, day, agent and team with a chart each, and the links to the reports API's
 * CSV of each table and its per-conversation export. Read through the reports module's API only.
 */
package io.purser.console.reports;
