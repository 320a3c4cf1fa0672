/** The SLA module's REST API, on top of its public API only. */
package io.purser.sla.web;
