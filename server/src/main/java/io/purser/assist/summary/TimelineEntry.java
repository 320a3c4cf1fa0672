package io.purser.assist.summary;

import io.purser.triage.Intent;
import io.purser.triage.UrgencyLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of a conversation, as the summary reads it.
 *
 * @param author who: the customer, an agent (a reply), or a booking action
 * @param at when it happened
 * @param text the message text (empty for an action)
 * @param intent triage's intent of a customer message ({@code null} otherwise)
 * @param urgency triage's urgency of a customer message ({@code null} otherwise)
 * @param action the booking action's kind, e.g. {@code rebook} ({@code null} for messages)
 * @param outcome what became of a reply or an action ({@code null} for customer messages)
 */
public record TimelineEntry(
    Author author,
    Instant at,
    String text,
    Intent intent,
    UrgencyLevel urgency,
    String action,
    Outcome outcome) {

  /** Who wrote or did it. */
  public enum Author {
    CUSTOMER,
    AGENT,
    ACTION
  }

  /** What became of a reply or a booking action. */
  public enum Outcome {
    /** The reply was sent; the action was carried out. */
    DONE,
    /** The reply waits in the outbox; the action waits for a supervisor's approval. */
    PENDING,
    /** The reply could not be delivered; the action failed or was refused. */
    FAILED
  }

  public TimelineEntry {
    Objects.requireNonNull(author, "author is required");
    Objects.requireNonNull(at, "time is required");
    text = text == null ? "" : text;
    if (author != Author.CUSTOMER && outcome == null) {
      throw new IllegalArgumentException("a reply or an action needs its outcome");
    }
    if (author == Author.ACTION && (action == null || action.isBlank())) {
      throw new IllegalArgumentException("an action needs its kind");
    }
  }

  /** A customer message with its triage. */
  public static TimelineEntry customer(
      Instant at, String text, Intent intent, UrgencyLevel urgency) {
    return new TimelineEntry(Author.CUSTOMER, at, text, intent, urgency, null, null);
  }

  /** An agent's reply and what became of it. */
  public static TimelineEntry reply(Instant at, String text, Outcome outcome) {
    return new TimelineEntry(Author.AGENT, at, text, null, null, null, outcome);
  }

  /** A booking action (rebook, seat, refund request, …) and what became of it. */
  public static TimelineEntry action(Instant at, String action, Outcome outcome) {
    return new TimelineEntry(Author.ACTION, at, "", null, null, action, outcome);
  }
}
