package io.purser.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of a workspace's resources a request's value names, read from the value's name and,
 * for a bare {@code {id}}, from the collection before it in the path ({@code /teams/{id}} is a
 * team). An id the suite cannot place is reported, never guessed, so a new kind of resource makes
 * the isolation suite fail until its fixture holds one.
 */
final class ResourceKinds {

  static final String CONVERSATION = "conversation";
  static final String MESSAGE = "message";
  static final String MESSAGE_EXTERNAL_ID = "messageExternalId";
  static final String CONTACT = "contact";
  static final String NOTE = "note";
  static final String SAVED_REPLY = "savedReply";
  static final String BRAND_RULE = "brandRule";
  static final String TEAM = "team";
  static final String USER = "user";
  static final String USERNAME = "username";
  static final String TOKEN = "token";
  static final String CHANNEL_ACCOUNT = "channelAccount";
  static final String ACCOUNT_EXTERNAL_ID = "accountExternalId";
  static final String BOOKING_ACTION = "bookingAction";
  static final String ATTACHMENT = "attachment";
  static final String RECORD_LOCATOR = "recordLocator";
  static final String FLIGHT_NUMBER = "flightNumber";
  static final String WORKSPACE = "workspace";
  static final String SLA_EVENT = "slaEvent";
  static final String UNROUTABLE_EVENT = "unroutableEvent";

  /** Value names that say their kind whatever the path. */
  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("conversationid", CONVERSATION),
          Map.entry("messageid", MESSAGE),
          Map.entry("message", MESSAGE),
          Map.entry("contactid", CONTACT),
          Map.entry("customerid", CONTACT),
          Map.entry("noteid", NOTE),
          Map.entry("savedreplyid", SAVED_REPLY),
          Map.entry("ruleid", BRAND_RULE),
          Map.entry("teamid", TEAM),
          Map.entry("userid", USER),
          Map.entry("agentid", USER),
          Map.entry("memberid", USER),
          Map.entry("assigneeid", USER),
          Map.entry("actor", USERNAME),
          Map.entry("username", USERNAME),
          Map.entry("tokenid", TOKEN),
          Map.entry("accountid", CHANNEL_ACCOUNT),
          Map.entry("channelaccountid", CHANNEL_ACCOUNT),
          Map.entry("actionid", BOOKING_ACTION),
          Map.entry("action", BOOKING_ACTION),
          Map.entry("attachmentid", ATTACHMENT),
          Map.entry("mediaid", ATTACHMENT),
          Map.entry("recordlocator", RECORD_LOCATOR),
          Map.entry("locator", RECORD_LOCATOR),
          Map.entry("flightnumber", FLIGHT_NUMBER),
          Map.entry("number", FLIGHT_NUMBER),
          Map.entry("workspaceid", WORKSPACE),
          Map.entry("inboxeventid", UNROUTABLE_EVENT),
          Map.entry("deliveryid", UNROUTABLE_EVENT));

  /** The collection a bare {id} follows, to its kind. */
  private static final Map<String, String> BY_COLLECTION =
      Map.ofEntries(
          Map.entry("conversations", CONVERSATION),
          Map.entry("messages", MESSAGE),
          Map.entry("contacts", CONTACT),
          Map.entry("customers", CONTACT),
          Map.entry("notes", NOTE),
          Map.entry("saved-replies", SAVED_REPLY),
          Map.entry("rules", BRAND_RULE),
          Map.entry("teams", TEAM),
          Map.entry("users", USER),
          Map.entry("agents", USER),
          Map.entry("members", USER),
          Map.entry("tokens", TOKEN),
          Map.entry("channel-accounts", CHANNEL_ACCOUNT),
          Map.entry("booking-actions", BOOKING_ACTION),
          Map.entry("actions", BOOKING_ACTION),
          Map.entry("attachments", ATTACHMENT),
          Map.entry("media", ATTACHMENT),
          Map.entry("bookings", RECORD_LOCATOR),
          Map.entry("workspaces", WORKSPACE),
          Map.entry("unroutable-events", UNROUTABLE_EVENT),
          Map.entry("deliveries", UNROUTABLE_EVENT),
          Map.entry("inbox", UNROUTABLE_EVENT),
          Map.entry("events", SLA_EVENT));

  private ResourceKinds() {}

  /**
   * The kind of resource a value names, if it names one: a path variable, or a query or body field
   * whose name says it is an id.
   *
   * @param path the operation's path, for a bare {id} and for names whose kind depends on it
   */
  static Optional<String> of(String name, String path) {
    var key = name.toLowerCase(Locale.ROOT);
    if (key.equals("externalid")) {
      return Optional.of(
          path.contains("channel-accounts") ? ACCOUNT_EXTERNAL_ID : MESSAGE_EXTERNAL_ID);
    }
    if (BY_NAME.containsKey(key)) {
      return Optional.of(BY_NAME.get(key));
    }
    if (key.equals("id")) {
      return Optional.ofNullable(BY_COLLECTION.get(collectionBefore(path, "{" + name)));
    }
    return Optional.empty();
  }

  /**
   * Names a tenant chooses for itself rather than ids of its resources: a user name, a network's
   * account id. Another workspace may be told "not for you", but never that A holds one (409).
   */
  static boolean isClaim(String kind) {
    return kind.equals(USERNAME) || kind.equals(ACCOUNT_EXTERNAL_ID);
  }

  /** Kinds every workspace may name: the airline's flights are its timetable, not a tenant's. */
  static boolean isShared(String kind) {
    return kind.equals(FLIGHT_NUMBER);
  }

  /** Ids within a booking (its segments, its passengers): values of the booking, not resources. */
  private static final java.util.Set<String> PARTS_OF_A_BOOKING =
      java.util.Set.of("segmentId", "passengerId");

  /** True for a name that says it holds an id, so a kind must be found for it. */
  static boolean looksLikeAnId(String name) {
    return !PARTS_OF_A_BOOKING.contains(name)
        && (name.equals("id") || name.endsWith("Id") || name.endsWith("_id"));
  }

  private static String collectionBefore(String path, String variableStart) {
    var at = path.indexOf(variableStart);
    if (at <= 1) {
      return "";
    }
    var before = path.substring(0, at - 1);
    return before.substring(before.lastIndexOf('/') + 1);
  }
}
