package io.purser.sla.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * What an SLA policy needs to know about a conversation to pick its targets.
 *
 * @param channel the network, as the rest of Purser names it: {@code x}, {@code facebook}, {@code
 *     instagram} or {@code whatsapp} (compared without regard to case)
 * @param isPublic whether the conversation is public (a post or comment) rather than private
 * @param priorityBand the routing priority band: {@code high}, {@code normal} or {@code low}
 */
public record SlaScope(String channel, boolean isPublic, String priorityBand) {

  public SlaScope {
    channel = normalised(channel, "channel");
    priorityBand = normalised(priorityBand, "priority band");
  }

  static String normalised(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " cannot be blank");
    }
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
