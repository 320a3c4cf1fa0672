package io.purser.airline;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An agent's action on a booking as the API shows it: what was asked, where it stands, the booking
 * before and after in words, and its audit trail.
 *
 * @param status pending_approval, in_progress, done, partial (some steps done, one failed: retry
 *     it), failed (nothing done: retry or give up), rejected (a supervisor said no)
 * @param stepsDone change, seat:&lt;passenger&gt;, confirmation — in the order they were done
 * @param repeated true when this answers a repeated request (same idempotency key): nothing new was
 *     done
 */
public record BookingActionView(
    long id,
    long conversationId,
    String kind,
    String status,
    String recordLocator,
    @JsonRawValue String request,
    String fareQuote,
    List<String> stepsDone,
    String failedStep,
    String error,
    String before,
    String after,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    List<AuditEntry> audit,
    boolean repeated) {

  /** One line of the audit trail: who did what when, and the booking before and after. */
  public record AuditEntry(
      Instant at, String actor, String event, String before, String after, String detail) {

    /** The same line in other words (see {@link BookingActionView#told}). */
    public AuditEntry told(
        UnaryOperator<String> states, UnaryOperator<String> people, UnaryOperator<String> details) {
      return new AuditEntry(
          at,
          people.apply(actor),
          event,
          states.apply(before),
          states.apply(after),
          details.apply(detail));
    }
  }

  public BookingActionView asRepeat() {
    return with(before, after, requestedBy, decidedBy, audit, true);
  }

  /**
   * The same action in a reader's words (a console's language and people's display names): the
   * booking before and after, who requested and decided it, and each audit line.
   *
   * @param states the airline's words for a booking state; null stays null for each function
   * @param people a user name to the name shown
   * @param details an audit line's detail
   */
  public BookingActionView told(
      UnaryOperator<String> states, UnaryOperator<String> people, UnaryOperator<String> details) {
    return with(
        states.apply(before),
        states.apply(after),
        people.apply(requestedBy),
        people.apply(decidedBy),
        audit.stream().map(e -> e.told(states, people, details)).toList(),
        repeated);
  }

  private BookingActionView with(
      String before,
      String after,
      String requestedBy,
      String decidedBy,
      List<AuditEntry> audit,
      boolean repeated) {
    return new BookingActionView(
        id,
        conversationId,
        kind,
        status,
        recordLocator,
        request,
        fareQuote,
        stepsDone,
        failedStep,
        error,
        before,
        after,
        requestedBy,
        requestedAt,
        decidedBy,
        decidedAt,
        audit,
        repeated);
  }
}
