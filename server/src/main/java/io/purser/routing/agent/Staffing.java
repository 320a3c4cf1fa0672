package io.purser.routing.agent;

import io.purser.identity.AuditedChange;
import io.purser.identity.UserCreated;
import io.purser.routing.RoutingEvents;
import io.purser.routing.RoutingEvents.PresenceChanged;
import io.purser.routing.RoutingManagement.AgentView;
import io.purser.routing.RoutingSettings;
import io.purser.routing.domain.Presence;
import io.purser.triage.Intent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' presence, activity, capacity and skills. Every console user is an agent, created offline
 * with the default capacity; an agent who goes away or offline hands their open work back.
 */
@Component
public class Staffing {

  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  private final Agents agents;
  private final Assignments assignments;
  private final Dispatcher dispatcher;
  private final RoutingSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Map<Long, Instant> lastTouch = new ConcurrentHashMap<>();

  Staffing(
      Agents agents,
      Assignments assignments,
      Dispatcher dispatcher,
      RoutingSettings settings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agents = agents;
    this.assignments = assignments;
    this.dispatcher = dispatcher;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void on(UserCreated user) {
    agents.create(user.workspaceId(), user.userId(), settings.defaultCapacity(), clock.instant());
  }

  /**
   * Sets the agent's presence. Going away or offline hands their open conversations back to the
   * queue, except those in {@code keep} (theirs, the ones they are typing in), which stay theirs
   * while they are away; coming back (available, busy) ends every such keep.
   */
  @Transactional
  public Optional<AgentView> setPresence(
      long workspaceId, long userId, Presence presence, String reason, Set<Long> keep) {
    var now = clock.instant();
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), now)) {
      return Optional.empty();
    }
    var before = agents.setPresence(workspaceId, userId, presence, now).orElseThrow();
    if (before != presence) {
      events.publishEvent(
          new PresenceChanged(
              workspaceId, userId, Agents.wire(before), Agents.wire(presence), reason, now));
    }
    if (presence.redistributesOpenWork()) {
      assignments.releaseAllBut(workspaceId, userId, keep, "owner_" + Agents.wire(presence));
    } else {
      assignments.keepNone(workspaceId, userId);
    }
    dispatcher.wakeAfterCommit(workspaceId);
    return agent(workspaceId, userId);
  }

  /** Notes that the user did something, at most every 30 seconds. */
  public void touch(long workspaceId, long userId) {
    var now = clock.instant();
    var previous = lastTouch.get(userId);
    if (previous != null && previous.plus(TOUCH_EVERY).isAfter(now)) {
      return;
    }
    lastTouch.put(userId, now);
    agents.touch(workspaceId, userId, now);
  }

  public Optional<String> presence(long workspaceId, long userId) {
    var presence = agents.presence(workspaceId, userId);
    if (presence.isEmpty()
        && agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant())) {
      presence = agents.presence(workspaceId, userId);
    }
    return presence.map(Agents::wire);
  }

  public Optional<AgentView> agent(long workspaceId, long userId) {
    agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant());
    return agents.find(workspaceId, userId).map(Staffing::view);
  }

  public List<AgentView> agents(long workspaceId) {
    return agents.all(workspaceId).stream().map(Staffing::view).toList();
  }

  @Transactional
  public Optional<AgentView> updateAgent(
      long workspaceId, long userId, int capacity, Set<String> languages, Set<Intent> intents) {
    if (capacity < 0 || capacity > 1000) {
      throw new IllegalArgumentException("capacity must be between 0 and 1000");
    }
    if (!agents.ensure(workspaceId, userId, settings.defaultCapacity(), clock.instant())) {
      return Optional.empty();
    }
    var before = agent(workspaceId, userId).orElse(null);
    agents.updateSkills(workspaceId, userId, capacity, languages, intents);
    dispatcher.wakeAfterCommit(workspaceId);
    var after = agent(workspaceId, userId);
    events.publishEvent(
        new AuditedChange("agent.update", "agent", userId, before, after.orElse(null)));
    events.publishEvent(new RoutingEvents.AgentSkillsChanged(workspaceId, userId));
    return after;
  }

  private static AgentView view(Agents.StoredAgent a) {
    return new AgentView(
        a.userId(),
        a.displayName(),
        Agents.wire(a.presence()),
        a.presenceSince(),
        a.lastActiveAt(),
        a.capacity(),
        a.openCount(),
        a.languages(),
        a.intents().stream().map(Intent::wireName).collect(Collectors.toSet()));
  }
}
