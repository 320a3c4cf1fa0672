/** Workspaces' SLA policies (sla_policy), read through a short cache. */
package io.purser.sla.policy;
