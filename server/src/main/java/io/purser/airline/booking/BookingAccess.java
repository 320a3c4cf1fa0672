package io.purser.airline.booking;

import io.purser.airline.BookingRequest;
import io.purser.airline.connector.AirlineConnectors;
import io.purser.airline.domain.Booking;
import io.purser.conversation.ConversationManagement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which booking an agent may open: only through a conversation of the agent's own workspace, on
 * that workspace's airline, and only a booking the customer named there — by writing its record
 * locator in one of their messages — or whose passenger's last name the agent gives with the
 * locator, as the airline's own "manage my booking" page asks. Everything else is "not found",
 * without saying which part was wrong, so nobody learns that a booking exists.
 */
@Component
public class BookingAccess {

  private final ConversationManagement conversations;
  private final AirlineConnectors connectors;

  BookingAccess(ConversationManagement conversations, AirlineConnectors connectors) {
    this.conversations = conversations;
    this.connectors = connectors;
  }

  /** The booking, if this conversation may open it; empty for anything wrong or unknown. */
  public Optional<Booking> open(BookingRequest asked) {
    if (conversations.find(asked.workspaceId(), asked.conversationId()).isEmpty()) {
      return Optional.empty();
    }
    boolean named = asked.lastName() != null && !asked.lastName().isBlank();
    if (!named && !customerWrote(asked)) {
      return Optional.empty();
    }
    return connectors
        .forWorkspace(asked.workspaceId())
        .findBooking(asked.recordLocator(), named ? asked.lastName().strip() : null)
        .filter(b -> b.recordLocator().equalsIgnoreCase(asked.recordLocator()));
  }

  /** Whether a customer's message of the conversation holds the locator as a word of its own. */
  private boolean customerWrote(BookingRequest asked) {
    var word =
        Pattern.compile(
            "(?<![A-Za-z0-9])"
                + Pattern.quote(asked.recordLocator().toUpperCase(Locale.ROOT))
                + "(?![A-Za-z0-9])");
    return conversations.messages(asked.workspaceId(), asked.conversationId()).stream()
        .filter(m -> m.isInbound() && m.text() != null)
        .anyMatch(m -> word.matcher(m.text().toUpperCase(Locale.ROOT)).find());
  }

  public static String notFound(String recordLocator) {
    return "No booking "
        + recordLocator
        + " for this conversation: the customer must have written the record locator in it, or"
        + " give the passenger's last name with it";
  }
}
