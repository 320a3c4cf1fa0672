/**
 * SLA arithmetic as plain Java: no Spring, no SQL, time passed in. A {@link
 * io.purser.sla.domain.BusinessCalendar} counts working time (24/7, or business hours in a time
 * zone with holidays); an {@link io.purser.sla.domain.SlaPolicy} picks the {@link
 * io.purser.sla.domain.SlaTargets} of a conversation's {@link io.purser.sla.domain.SlaScope}; an
 * {@link io.purser.sla.domain.SlaTracker} moves a conversation's {@link
 * io.purser.sla.domain.SlaTrack} (scalar state, stored with the conversation) on every event; and
 * {@link io.purser.sla.domain.SlaEvaluation} says, at a given instant, which clocks are fine, about
 * to breach or breached.
 *
 * <p>Other modules may use this package: it is the module's named interface {@code domain}.
 */
@org.springframework.modulith.NamedInterface("domain")
package io.purser.sla.domain;
