package io.purser.airline;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

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
      Instant at, String actor, String event, String before, String after, String detail) {}

  public BookingActionView asRepeat() {
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
        true);
  }
}
