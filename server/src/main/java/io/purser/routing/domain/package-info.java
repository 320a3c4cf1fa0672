/**
 * The routing rules as plain Java: no Spring, no SQL, time passed in. {@link
 * io.purser.routing.domain.PriorityScorer} turns what triage and the SLA know about a conversation
 * into an additive score with its reasons; {@link io.purser.routing.domain.RoutingPolicy} decides
 * which available agent takes which waiting conversation ({@link
 * io.purser.routing.domain.AssignmentPolicy} by priority and skills, {@link
 * io.purser.routing.domain.RoundRobinPolicy} first come first served for comparison); {@link
 * io.purser.routing.domain.SurgeDetector} notices when one intent's volume jumps above its
 * baseline; {@link io.purser.routing.domain.InactivityPolicy} turns idle agents away.
 */
@org.springframework.modulith.NamedInterface("domain")
package io.purser.routing.domain;
