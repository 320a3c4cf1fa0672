package io.purser.console;

import io.purser.conversation.ConversationStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The views of the conversation list an agent can pick, by status. */
enum QueueFilter {
  NEW(ConversationStatus.NEW),
  OPEN(ConversationStatus.OPEN),
  PENDING(ConversationStatus.PENDING),
  RESOLVED(ConversationStatus.RESOLVED),
  ALL(null);

  private final ConversationStatus status;

  QueueFilter(ConversationStatus status) {
    this.status = status;
  }

  /** The name in URLs and message keys: {@code new}, {@code open}, … {@code all}. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The statuses to ask the conversation module for; empty means every status. */
  List<String> statuses() {
    return status == null ? List.of() : List.of(status.wireName());
  }

  /** How many conversations this view holds, given the count of each status. */
  long count(Map<String, Long> countByStatus) {
    if (status == null) {
      return countByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
    return countByStatus.getOrDefault(status.wireName(), 0L);
  }

  /** Reads the {@code ?status=} parameter; anything unknown shows every conversation. */
  static QueueFilter fromWireName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.wireName().equalsIgnoreCase(name))
        .findFirst()
        .orElse(ALL);
  }
}
