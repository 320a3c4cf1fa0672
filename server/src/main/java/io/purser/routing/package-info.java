/**
 * Who answers which conversation, and in what order: the explainable priority score (recomputed as
 * time passes, so a conversation whose SLA deadline approaches rises), the queues, agents' skills
 * (languages, topics, teams), presence and capacity, push assignment with sticky routing to the
 * previous agent, collision locks so no two agents answer the same customer, and surge detection
 * per intent.
 *
 * <p>Offers: {@link io.purser.routing.RoutingManagement} (agents, ownership, the queue's views, SLA
 * deadlines in, surges), {@link io.purser.routing.TeamManagement} (teams and their rota), the
 * events of {@link io.purser.routing.RoutingEvents}, the value types beside them, and the rules
 * themselves as plain Java in {@link io.purser.routing.domain} (its named interface).
 *
 * <p>Keeps to itself: its tables (conversation_routing, agent, team, team_member, team_shift,
 * surge_mode), kept in step with conversations by listening to their events ({@code queue}); the
 * agents, assignments and the dispatcher ({@code agent}); teams ({@code team}); surge detection
 * ({@code surge}); and its REST controllers ({@code web}), which use only this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package io.purser.routing;
