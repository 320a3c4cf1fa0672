/**
 * Service-level agreements on conversations: a workspace's SLA policies (first response, next
 * response and resolution targets, overridden by channel, visibility and priority, counted on a
 * 24/7 or business-hours calendar), the due-at times and measured response and resolution times
 * stored on every conversation, the sweeps that announce warnings before a breach and breaches
 * themselves, and the escalation that follows a breach.
 *
 * <p>The arithmetic lives in {@link io.purser.sla.domain}, as plain Java driven by the instants it
 * is given, so that the clocks can be tested by moving time across weekends, holidays and
 * daylight-saving shifts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package io.purser.sla;
