package io.purser.demo;

import io.purser.airline.AirlineManagement;
import io.purser.airline.ConnectorChange;
import io.purser.identity.IdentityManagement;
import io.purser.identity.NewUser;
import io.purser.identity.Role;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates "Demo Air": its accounts, its users, and two agents on shift. */
@Component
@Profile("demo")
class DemoWorkspace {

  static final String PASSWORD = "demo";

  private final WorkspaceManagement workspaces;
  private final IdentityManagement identity;
  private final DemoSettings settings;
  private final RoutingManagement routing;
  private final AirlineManagement airlines;

  DemoWorkspace(
      WorkspaceManagement workspaces,
      IdentityManagement identity,
      DemoSettings settings,
      RoutingManagement routing,
      AirlineManagement airlines) {
    this.workspaces = workspaces;
    this.identity = identity;
    this.settings = settings;
    this.routing = routing;
    this.airlines = airlines;
  }

  @Transactional
  void create() {
    if (workspaces.findBySlug("demo-air").isPresent()) {
      return;
    }
    var airline = workspaces.create("demo-air", "Demo Air");
    // Its agents act on the demo airline's bookings; no other workspace is connected to it unless
    // its own administrator says so.
    airlines.connect(airline.id(), new ConnectorChange("demo", null, null, null, null, null));
    workspaces.register(airline.id(), Network.X, settings.xAccountId(), "@DemoAir", "demo-x-token");
    workspaces.register(
        airline.id(), Network.FACEBOOK, settings.facebookPageId(), "Demo Air", "demo-page-token");
    // The demo's printed logins (agent / demo …) are seeded past the password policy, which
    // applies to every password a person sets: "demo" would never pass it.
    long alex = seed(airline.id(), "agent", Role.AGENT, "Alex Agent", "^AA");
    long bea = seed(airline.id(), "agent2", Role.AGENT, "Bea Agent", "^BA");
    seed(airline.id(), "supervisor", Role.SUPERVISOR, "Sam Supervisor", "^SS");
    seed(airline.id(), "admin", Role.ADMIN, "Ada Admin", "^AD");
    // Two agents on shift, so the queue is pushed to someone from the first tweet on: Alex takes
    // anything in English, Bea also Spanish and French.
    routing.updateAgent(airline.id(), alex, 8, Set.of("en"), Set.of());
    routing.updateAgent(airline.id(), bea, 8, Set.of("en", "es", "fr"), Set.of());
    routing.setPresence(airline.id(), alex, Presence.AVAILABLE, "demo shift");
    routing.setPresence(airline.id(), bea, Presence.AVAILABLE, "demo shift");
  }

  private long seed(long workspaceId, String username, Role role, String name, String signature) {
    return identity
        .seedUser(workspaceId, new NewUser(username, PASSWORD, role, name, signature))
        .orElseThrow();
  }
}
