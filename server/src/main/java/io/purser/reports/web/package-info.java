/** The reports' REST API: summary, breakdowns and the per-conversation export, JSON or CSV. */
package io.purser.reports.web;
