package io.purser.ingest.routing;

import io.purser.identity.UserCreated;
import io.purser.routing.RoutingEvents.AgentSkillsChanged;
import io.purser.routing.RoutingManagement;
import io.purser.triage.Triage;
import io.purser.workspace.BrandRulesChanged;
import io.purser.workspace.WorkspaceManagement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The shipped model with each workspace's own rules and languages, built once and rebuilt when they
 * change. A workspace serves the languages its agents speak: triage answers only those (another
 * language is {@code und}, which routing offers to any agent). A workspace with no agent, or with
 * an agent who takes any language (no language set), serves every language.
 */
@Component
class WorkspaceTriage {

  private final Triage shipped;
  private final WorkspaceManagement workspaces;
  private final RoutingManagement routing;
  private final Map<Long, Triage> byWorkspace = new ConcurrentHashMap<>();

  WorkspaceTriage(Triage shipped, WorkspaceManagement workspaces, RoutingManagement routing) {
    this.shipped = shipped;
    this.workspaces = workspaces;
    this.routing = routing;
  }

  Triage of(long workspaceId) {
    return byWorkspace.computeIfAbsent(workspaceId, this::build);
  }

  private Triage build(long workspaceId) {
    Triage triage = shipped.withRules(workspaces.brandRules(workspaceId));
    Set<String> served = servedLanguages(workspaceId);
    return served == null ? triage : triage.withLanguages(served);
  }

  /** The languages the workspace's agents speak, or {@code null} when it takes any language. */
  private Set<String> servedLanguages(long workspaceId) {
    var agents = routing.agents(workspaceId);
    Set<String> served = new HashSet<>();
    for (var agent : agents) {
      if (agent.languages().isEmpty()) {
        return null;
      }
      served.addAll(agent.languages());
    }
    return agents.isEmpty() ? null : served;
  }

  @TransactionalEventListener
  void on(BrandRulesChanged changed) {
    byWorkspace.remove(changed.workspaceId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AgentSkillsChanged changed) {
    byWorkspace.remove(changed.workspaceId());
  }

  /** A new user is an agent who takes any language until given languages. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(UserCreated created) {
    byWorkspace.remove(created.workspaceId());
  }
}
