package io.purser.console.booking;

import io.purser.airline.BookingActionView;
import io.purser.identity.IdentityManagement;
import io.purser.identity.UserView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The booking actions of a conversation as the agent reads them: who acted by their display name
 * (the airline module records the user name, which the audit keeps), and the booking before and
 * after in the agent's language. The airline module writes those in its own fixed words (see its
 * {@code BookingWords}: "DA118 JFK→CDG 2026-12-05 19:15 (economy)", "passenger P1 on DA118: seat
 * 14A", "confirmation sent to …", "public conversation"); the parts recognised here are put in the
 * console's words and anything else is shown as written.
 */
@Component
class ActionWords {

  private static final Pattern CABIN = Pattern.compile("^(.+) \\(([a-z_]+)\\)$");
  private static final Pattern SEAT = Pattern.compile("^passenger (\\S+) on (\\S+): seat (\\S+)$");
  private static final Pattern NO_SEAT = Pattern.compile("^passenger (\\S+) on (\\S+): no seat$");
  private static final Pattern CONFIRMATION = Pattern.compile("^confirmation sent to (.+)$");
  private static final Pattern INVITATION =
      Pattern.compile(
          "^(public reply with a DM link|private reply to the comment) \\(message (\\d+)\\)$");

  private final IdentityManagement identity;
  private final MessageSource messages;

  ActionWords(IdentityManagement identity, MessageSource messages) {
    this.identity = identity;
    this.messages = messages;
  }

  List<BookingActionView> shown(long workspaceId, List<BookingActionView> actions) {
    if (actions.isEmpty()) {
      return actions;
    }
    var names =
        identity.users(workspaceId).stream()
            .filter(u -> u.displayName() != null && !u.displayName().isBlank())
            .collect(Collectors.toMap(UserView::username, UserView::displayName, (a, b) -> a));
    UnaryOperator<String> person = name -> name == null ? null : names.getOrDefault(name, name);
    return actions.stream().map(a -> a.told(this::words, person, d -> detail(d, person))).toList();
  }

  /** The airline's words for a booking state, each "; "-separated part in the agent's language. */
  String words(String written) {
    if (written == null) {
      return null;
    }
    return Arrays.stream(written.split("; ")).map(this::part).collect(Collectors.joining("; "));
  }

  private String part(String part) {
    var seat = SEAT.matcher(part);
    if (seat.matches()) {
      return text("booking.words.seat", seat.group(1), seat.group(2), seat.group(3));
    }
    var noSeat = NO_SEAT.matcher(part);
    if (noSeat.matches()) {
      return text("booking.words.noSeat", noSeat.group(1), noSeat.group(2));
    }
    var confirmation = CONFIRMATION.matcher(part);
    if (confirmation.matches()) {
      return text("booking.words.confirmation", confirmation.group(1));
    }
    var invitation = INVITATION.matcher(part);
    if (invitation.matches()) {
      var how = invitation.group(1).startsWith("public") ? "dmLink" : "privateReply";
      return text("booking.words." + how, invitation.group(2));
    }
    if (part.equals("public conversation")) {
      return text("booking.words.publicConversation");
    }
    var cabin = CABIN.matcher(part);
    if (cabin.matches()) {
      var name =
          messages.getMessage(
              "booking.cabin." + cabin.group(2).toUpperCase(Locale.ROOT),
              null,
              cabin.group(2),
              LocaleContextHolder.getLocale());
      return cabin.group(1) + " (" + name + ")";
    }
    return part;
  }

  /** An audit line's detail; the identity check's, which names its author, in the agent's words. */
  private String detail(String detail, UnaryOperator<String> person) {
    var prefix = "identity checked by ";
    int colon = detail == null ? -1 : detail.indexOf(": ");
    if (colon > prefix.length() && detail.startsWith(prefix)) {
      return text(
          "booking.audit.identityChecked",
          person.apply(detail.substring(prefix.length(), colon)),
          detail.substring(colon + 2));
    }
    return detail;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
