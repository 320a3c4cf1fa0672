/**
 * Who answers which conversation, and in what order: the explainable priority score (recomputed as
 * time passes, so a conversation whose SLA deadline approaches rises), the queues, agents' skills
 * (languages, topics, teams), presence and capacity, push assignment with sticky routing to the
 * previous agent, collision locks so no two agents answer the same customer, and surge detection
 * per intent. The rules themselves are plain Java in {@link io.purser.routing.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package io.purser.routing;
