package io.purser.console.conversation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a reply failed, said for an agent: a message key (the network's name is its first argument,
 * the attempts made its second) read from the outbox's technical error, which the page keeps as a
 * secondary detail. The error is the sender's {@code code: message} for a refusal, or {@code gave
 * up after N attempts: …} when the network could not be reached or kept answering "later".
 */
record DeliveryFailure(String key, int attempts) {

  private static final Pattern GAVE_UP =
      Pattern.compile("^gave up after (\\d+) attempts.*", Pattern.DOTALL);

  /** X's legacy codes and Meta's for an access token that is invalid, expired or revoked. */
  private static final Set<String> TOKEN_CODES = Set.of("http-401", "32", "89", "215", "190");

  /** X (349, 150) and Messenger (551) when the customer does not take direct messages. */
  private static final Set<String> CLOSED_CODES = Set.of("349", "150", "551");

  static DeliveryFailure of(String error) {
    if (error == null || error.isBlank()) {
      return new DeliveryFailure("delivery.failed.refused", 0);
    }
    var gaveUp = GAVE_UP.matcher(error);
    if (gaveUp.matches()) {
      return new DeliveryFailure("delivery.failed.unreachable", Integer.parseInt(gaveUp.group(1)));
    }
    var colon = error.indexOf(':');
    var code = colon < 0 ? error.strip() : error.substring(0, colon).strip();
    var text = error.toLowerCase(Locale.ROOT);
    if (TOKEN_CODES.contains(code) || text.contains("unauthorized") || text.contains("token")) {
      return new DeliveryFailure("delivery.failed.token", 0);
    }
    if (CLOSED_CODES.contains(code)
        || text.contains("cannot send messages")
        || text.contains("not permitted to send")
        || text.contains("not accepting direct messages")) {
      return new DeliveryFailure("delivery.failed.dmClosed", 0);
    }
    if (code.startsWith("10/") || text.contains("outside of allowed window")) {
      return new DeliveryFailure("delivery.failed.window", 0);
    }
    if (code.equals("duplicate")) {
      return new DeliveryFailure("delivery.failed.duplicate", 0);
    }
    if (code.equals("invalid-message")) {
      return new DeliveryFailure("delivery.failed.invalid", 0);
    }
    return new DeliveryFailure("delivery.failed.refused", 0);
  }
}
