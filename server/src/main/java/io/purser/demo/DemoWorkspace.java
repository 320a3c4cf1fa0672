package io.purser.demo;

import io.purser.airline.AirlineManagement;
import io.purser.airline.ConnectorChange;
import io.purser.identity.IdentityManagement;
import io.purser.identity.NewUser;
import io.purser.identity.Role;
import io.purser.reply.ReplyManagement;
import io.purser.routing.RoutingManagement;
import io.purser.routing.domain.Presence;
import io.purser.workspace.Network;
import io.purser.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates "Demo Air": its accounts on every network (X, a Facebook page, an Instagram account, a
 * WhatsApp number), its users, two agents on shift, and the saved replies agents find with {@code
 * /} in the composer.
 */
@Component
@Profile("demo")
class DemoWorkspace {

  static final String PASSWORD = "demo";

  /** The tokens the demo's accounts are registered with; the demo's network sandbox checks them. */
  static final String X_TOKEN = "demo-x-token";

  static final String PAGE_TOKEN = "demo-page-token";
  static final String INSTAGRAM_TOKEN = "demo-instagram-token";
  static final String WHATSAPP_TOKEN = "demo-whatsapp-token";

  /** A handful of an airline's everyday answers, in English and in French. */
  static final List<String[]> SAVED_REPLIES =
      List.of(
          new String[] {
            "Delay apology",
            "We're sorry your flight is delayed. We're watching it closely and will message you"
                + " here as soon as we have a new departure time."
          },
          new String[] {
            "Retard : excuses",
            "Nous sommes désolés pour le retard de votre vol. Nous le suivons de près et vous"
                + " écrirons ici dès que nous aurons une nouvelle heure de départ."
          },
          new String[] {
            "Booking reference please",
            "Happy to help. Could you send us your 6-character booking reference by direct"
                + " message? Please don't post it publicly."
          },
          new String[] {
            "Référence de réservation",
            "Avec plaisir. Pouvez-vous nous envoyer votre référence de réservation (6 caractères)"
                + " en message privé ? Merci de ne pas la publier."
          },
          new String[] {
            "Rebooked, confirmation sent",
            "You're all set: we've rebooked you and sent the confirmation to the e-mail address on"
                + " your booking. Have a good flight!"
          },
          new String[] {
            "Nouvelle réservation confirmée",
            "C'est fait : nous avons modifié votre réservation et envoyé la confirmation à"
                + " l'adresse e-mail de votre dossier. Bon vol !"
          },
          new String[] {
            "Lost baggage",
            "We're sorry your bag didn't arrive. Please file a report at the baggage desk or on our"
                + " website with your bag tag number, and send us the file reference here."
          },
          new String[] {
            "Refund timeline",
            "Your refund has been requested. It reaches the original payment card within 7 to 10"
                + " working days."
          });

  private final WorkspaceManagement workspaces;
  private final IdentityManagement identity;
  private final DemoSettings settings;
  private final RoutingManagement routing;
  private final AirlineManagement airlines;
  private final ReplyManagement replies;

  DemoWorkspace(
      WorkspaceManagement workspaces,
      IdentityManagement identity,
      DemoSettings settings,
      RoutingManagement routing,
      AirlineManagement airlines,
      ReplyManagement replies) {
    this.workspaces = workspaces;
    this.identity = identity;
    this.settings = settings;
    this.routing = routing;
    this.airlines = airlines;
    this.replies = replies;
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
    workspaces.register(airline.id(), Network.X, settings.xAccountId(), "@DemoAir", X_TOKEN);
    workspaces.register(
        airline.id(), Network.FACEBOOK, settings.facebookPageId(), "Demo Air", PAGE_TOKEN);
    workspaces.register(
        airline.id(),
        Network.INSTAGRAM,
        settings.instagramAccountId(),
        "@demoair",
        INSTAGRAM_TOKEN);
    workspaces.register(
        airline.id(),
        Network.WHATSAPP,
        settings.whatsAppAccountId(),
        "Demo Air WhatsApp",
        WHATSAPP_TOKEN);
    for (var saved : SAVED_REPLIES) {
      replies.saveReply(airline.id(), saved[0], saved[1]);
    }
    // The demo's printed logins (agent / demo …) are seeded past the password policy, which
    // applies to every password a person sets: "demo" would never pass it.
    long alex = seed(airline.id(), "agent", Role.AGENT, "Alex Agent", "^AA");
    long bea = seed(airline.id(), "agent2", Role.AGENT, "Bea Agent", "^BA");
    seed(airline.id(), "supervisor", Role.SUPERVISOR, "Sam Supervisor", "^SS");
    seed(airline.id(), "admin", Role.ADMIN, "Ada Admin", "^AD");
    // Two agents, so the queue is pushed to someone from the first post on: Alex takes anything
    // in English, Bea also Spanish and French. Alex is on shift first, alone, so the seed story
    // lands in the queue of `agent`, the login the printout names first; Bea's shift starts once
    // it has (secondShiftStarts).
    routing.updateAgent(airline.id(), alex, 8, Set.of("en"), Set.of());
    routing.updateAgent(airline.id(), bea, 8, Set.of("en", "es", "fr"), Set.of());
    routing.setPresence(airline.id(), alex, Presence.AVAILABLE, "demo shift");
    routing.setPresence(airline.id(), bea, Presence.OFFLINE, "shift starts after the story");
    shift = new Shift(airline.id(), alex, bea);
  }

  /** The demo's two agents, once the workspace exists. */
  private record Shift(long workspaceId, long first, long second) {}

  private volatile Shift shift;

  /** Whether the first agent on shift has been given a conversation (the seed story's). */
  boolean firstAgentIsBusy() {
    var agents = shift;
    return agents == null
        || routing.agent(agents.workspaceId(), agents.first()).map(a -> a.open() > 0).orElse(true);
  }

  /** The second agent comes on shift. */
  void secondShiftStarts() {
    var agents = shift;
    if (agents != null) {
      routing.setPresence(agents.workspaceId(), agents.second(), Presence.AVAILABLE, "demo shift");
    }
  }

  private long seed(long workspaceId, String username, Role role, String name, String signature) {
    return identity
        .seedUser(workspaceId, new NewUser(username, PASSWORD, role, name, signature))
        .orElseThrow();
  }
}
