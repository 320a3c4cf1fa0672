package io.purser.conversation;

import java.util.Locale;

/** Where a conversation is in its life. */
public enum ConversationStatus {
  /** A customer wrote; nobody has worked on it yet. */
  NEW,
  /** An agent is on it, or the customer wrote again. */
  OPEN,
  /** Waiting on the customer: the SLA clock pauses. */
  PENDING,
  /** Done; a customer message within the reopen window opens it again. */
  RESOLVED,
  /** Over for good; the customer's next message starts a new conversation. */
  CLOSED;

  public boolean isActive() {
    return this == NEW || this == OPEN || this == PENDING;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ConversationStatus fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
