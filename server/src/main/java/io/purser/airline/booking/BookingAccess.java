package io.purser.airline.booking;

import io.purser.airline.BookingRequest;
import io.purser.airline.IdentityToCheck;
import io.purser.airline.connector.AirlineConnectors;
import io.purser.airline.domain.Booking;
import io.purser.airline.domain.Passenger;
import io.purser.conversation.ConversationManagement;
import io.purser.media.MediaManagement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
  private final MediaManagement media;

  BookingAccess(
      ConversationManagement conversations, AirlineConnectors connectors, MediaManagement media) {
    this.conversations = conversations;
    this.connectors = connectors;
    this.media = media;
  }

  /**
   * Why Purser cannot tell that the conversation's customer is the booking's passenger, or empty
   * when it can: the customer gave the record locator in this conversation themselves — in a
   * message or on an image they sent — and a passenger's name is the name on their profile. A
   * booking opened any other way (a last name the agent typed, a locator a stranger wrote) may be
   * someone else's: the agent must say how they checked before changing it.
   */
  public Optional<IdentityToCheck> unlinked(
      long workspaceId, long conversationId, Booking booking) {
    var conversation = conversations.find(workspaceId, conversationId);
    if (conversation.isEmpty()) {
      return Optional.of(
          new IdentityToCheck(
              IdentityToCheck.Why.NO_CONVERSATION, notFound(booking.recordLocator())));
    }
    var locator = booking.recordLocator();
    if (!customerWrote(new BookingRequest(workspaceId, conversationId, locator, null))
        && !onCustomersImage(workspaceId, conversationId, locator)) {
      return Optional.of(
          new IdentityToCheck(
              IdentityToCheck.Why.LOCATOR_NOT_GIVEN,
              "the customer did not give record locator " + locator + " in this conversation"));
    }
    var names = new ArrayList<String>();
    names.add(conversation.get().customerName());
    conversations.customer(workspaceId, conversation.get().contactId()).identities().stream()
        .map(i -> i.displayName())
        .forEach(names::add);
    if (booking.passengers().stream().noneMatch(p -> named(p, names))) {
      return Optional.of(
          new IdentityToCheck(
              IdentityToCheck.Why.NO_PASSENGER_NAMED,
              "no passenger of "
                  + locator
                  + " bears the customer's profile name ("
                  + String.join(", ", names.stream().filter(n -> n != null).distinct().toList())
                  + ")"));
    }
    return Optional.empty();
  }

  /** Whether every word of the passenger's name is a word of one of the customer's names. */
  static boolean named(Passenger passenger, List<String> customerNames) {
    var wanted =
        words(
            (passenger.firstName() == null ? "" : passenger.firstName())
                + " "
                + passenger.lastName());
    return !wanted.isEmpty()
        && customerNames.stream()
            .filter(n -> n != null)
            .anyMatch(n -> words(n).containsAll(wanted));
  }

  private static Set<String> words(String name) {
    var folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT);
    var all = new HashSet<>(Arrays.asList(folded.split("[^\\p{L}]+")));
    all.remove("");
    return all;
  }

  /** Whether an image the customer sent here shows the locator (read by OCR). */
  private boolean onCustomersImage(long workspaceId, long conversationId, String locator) {
    var word = wordOf(locator);
    return media.forConversation(workspaceId, conversationId).stream()
        .filter(m -> m.text() != null)
        .anyMatch(m -> word.matcher(m.text().toUpperCase(Locale.ROOT)).find());
  }

  private static Pattern wordOf(String locator) {
    return Pattern.compile(
        "(?<![A-Za-z0-9])" + Pattern.quote(locator.toUpperCase(Locale.ROOT)) + "(?![A-Za-z0-9])");
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
    var word = wordOf(asked.recordLocator());
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
