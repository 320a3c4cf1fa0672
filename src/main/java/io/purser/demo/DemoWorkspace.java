package io.purser.demo;

import io.purser.identity.IdentityManagement;
import io.purser.identity.Role;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates "Demo Air": its accounts and its three users. */
@Component
@Profile("demo")
class DemoWorkspace {

  static final String PASSWORD = "demo";

  private final WorkspaceManagement workspaces;
  private final IdentityManagement identity;
  private final DemoSettings settings;

  DemoWorkspace(
      WorkspaceManagement workspaces, IdentityManagement identity, DemoSettings settings) {
    this.workspaces = workspaces;
    this.identity = identity;
    this.settings = settings;
  }

  @Transactional
  void create() {
    if (workspaces.findBySlug("demo-air").isPresent()) {
      return;
    }
    var airline = workspaces.create("demo-air", "Demo Air");
    workspaces.register(airline.id(), Network.X, settings.xAccountId(), "@DemoAir", "demo-x-token");
    workspaces.register(
        airline.id(), Network.FACEBOOK, settings.facebookPageId(), "Demo Air", "demo-page-token");
    identity.createUser(airline.id(), "agent", PASSWORD, Role.AGENT, "Alex Agent", "^AA");
    identity.createUser(
        airline.id(), "supervisor", PASSWORD, Role.SUPERVISOR, "Sam Supervisor", "^SS");
    identity.createUser(airline.id(), "admin", PASSWORD, Role.ADMIN, "Ada Admin", "^AD");
  }
}
