package io.purser.airline.action;

import io.purser.airline.ActionCall;
import io.purser.airline.ActionOutcome;
import io.purser.airline.IdentityToCheck;
import io.purser.airline.booking.BookingAccess;
import io.purser.airline.domain.Booking;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether the conversation's customer is the booking's passenger, before an agent changes it:
 * Purser can tell when the customer gave the locator here and bears a passenger's name; otherwise
 * the agent says how they checked — in this request, or in an earlier action on the same booking
 * from this conversation.
 */
@Component
class PassengerIdentity {

  /** How the customer was found to be the booking's passenger, for the audit trail; or not. */
  sealed interface Proof {
    String words();
  }

  record Linked(String words) implements Proof {}

  record CheckedByAgent(String words) implements Proof {}

  record Unverified(String why) implements Proof {
    @Override
    public String words() {
      return why;
    }

    ActionOutcome refused() {
      return new ActionOutcome.Refused(
          403,
          "Identity not verified",
          why
              + ": check that the customer is the passenger (e.g. the booking's e-mail address or"
              + " date of travel) and say how in \"identityCheck\"");
    }
  }

  private final BookingAccess access;
  private final ActionLog log;
  private final JsonMapper json;

  PassengerIdentity(BookingAccess access, ActionLog log, JsonMapper json) {
    this.access = access;
    this.log = log;
    this.json = json;
  }

  /**
   * @param identityCheck how the agent says they checked in this request, or null
   */
  Proof of(ActionCall call, String identityCheck, Booking booking) {
    var unlinked = access.unlinked(call.workspaceId(), call.conversationId(), booking);
    if (unlinked.isEmpty()) {
      return new Linked(
          "identity: the customer gave "
              + booking.recordLocator()
              + " in this conversation and bears the passenger's name");
    }
    if (identityCheck != null) {
      return new CheckedByAgent(
          "identity checked by " + call.actor().name() + ": " + identityCheck);
    }
    var earlier = earlierCheck(call.workspaceId(), call.conversationId(), booking.recordLocator());
    if (earlier.isPresent()) {
      return new CheckedByAgent("identity checked earlier in this conversation: " + earlier.get());
    }
    return new Unverified(unlinked.get().words());
  }

  /**
   * Why the agent must still say how they checked the customer is the booking's passenger before
   * changing it from this conversation; empty when Purser can tell, or an agent already said.
   */
  Optional<IdentityToCheck> toCheck(long workspaceId, long conversationId, Booking booking) {
    var unlinked = access.unlinked(workspaceId, conversationId, booking);
    if (unlinked.isEmpty()
        || earlierCheck(workspaceId, conversationId, booking.recordLocator()).isPresent()) {
      return Optional.empty();
    }
    return unlinked;
  }

  /** An identity check an agent gave for this booking in an earlier action of the conversation. */
  private Optional<String> earlierCheck(long workspaceId, long conversationId, String locator) {
    var found = Optional.<String>empty();
    for (var action : log.forConversation(workspaceId, conversationId)) {
      if (!locator.equalsIgnoreCase(action.recordLocator())
          || "rejected".equals(action.status())
          || action.request() == null) {
        continue;
      }
      var check = json.readTree(action.request()).path("identityCheck");
      if (check.isString() && !check.asString().isBlank()) {
        found = Optional.of(check.asString());
      }
    }
    return found;
  }
}
