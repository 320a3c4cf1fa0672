package io.purser.ingest.routing;

import io.purser.triage.Triage;
import io.purser.workspace.BrandRulesChanged;
import io.purser.workspace.WorkspaceManagement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The shipped model with each workspace's own rules, built once and rebuilt when they change. */
@Component
class WorkspaceTriage {

  private final Triage shipped;
  private final WorkspaceManagement workspaces;
  private final Map<Long, Triage> byWorkspace = new ConcurrentHashMap<>();

  WorkspaceTriage(Triage shipped, WorkspaceManagement workspaces) {
    this.shipped = shipped;
    this.workspaces = workspaces;
  }

  Triage of(long workspaceId) {
    return byWorkspace.computeIfAbsent(
        workspaceId, ws -> shipped.withRules(workspaces.brandRules(ws)));
  }

  @TransactionalEventListener
  void on(BrandRulesChanged changed) {
    byWorkspace.remove(changed.workspaceId());
  }
}
