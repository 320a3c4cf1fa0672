/**
 * Service-level agreements on conversations: a workspace's SLA policies (first response, next
 * response and resolution targets, overridden by channel, visibility and priority, counted on a
 * 24/7 or business-hours calendar), the due-at times and measured response and resolution times
 * stored on every conversation, the sweeps that announce warnings before a breach and breaches
 * themselves, and the escalation that follows a breach.
 *
 * <p>Offers: {@link io.purser.sla.SlaManagement} (each conversation's clocks now, the report rows,
 * the warnings and breaches fired, the policy), the events of {@link io.purser.sla.SlaEvents}, and
 * the arithmetic in {@link io.purser.sla.domain} (its named interface), plain Java driven by the
 * instants it is given, so that the clocks can be tested by moving time across weekends, holidays
 * and daylight-saving shifts.
 *
 * <p>Keeps to itself: its tables (conversation_sla, sla_event, sla_policy); the tracks moved by
 * conversations' events and the sweeper ({@code track}); the stored policies ({@code policy}); and
 * its REST controller ({@code web}), which uses only this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package io.purser.sla;
