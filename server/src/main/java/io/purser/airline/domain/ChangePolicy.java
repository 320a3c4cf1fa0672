package io.purser.airline.domain;

/**
 * Who may make a change. Agents act within policy: an involuntary change the booking bears out (the
 * segment really was moved, delayed or cancelled), or a customer's change that costs nothing.
 * Anything else — a fare difference to collect, a reason the booking does not show, or a goodwill
 * waiver — needs a supervisor.
 */
public final class ChangePolicy {

  private ChangePolicy() {}

  public sealed interface Decision {
    record Allowed() implements Decision {}

    record NeedsSupervisor(String reason) implements Decision {}
  }

  /** The decision without the rest of the booking: a misconnection is never borne out then. */
  public static Decision decide(
      Segment segment, ChangeReason reason, FareQuote quote, boolean supervisor) {
    return decide(null, segment, reason, quote, supervisor);
  }

  /**
   * @param booking the segment's booking, whose earlier flights bear out a misconnection; or null
   */
  public static Decision decide(
      Booking booking, Segment segment, ChangeReason reason, FareQuote quote, boolean supervisor) {
    if (supervisor) {
      return new Decision.Allowed();
    }
    if (reason == ChangeReason.GOODWILL) {
      return new Decision.NeedsSupervisor(
          "a goodwill change waives the fare: it needs a supervisor's approval");
    }
    if (reason.involuntary() && !borneOut(booking, segment, reason)) {
      return new Decision.NeedsSupervisor(
          "the booking shows no "
              + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " on segment "
              + segment.id()
              + " (status "
              + segment.status()
              + "); an agent may waive the fare only when it does");
    }
    if (quote.costsTheCustomer()) {
      return new Decision.NeedsSupervisor(
          "a change the customer asked for with a fare difference of "
              + ((FareQuote.Difference) quote).amount()
              + " needs a supervisor's approval");
    }
    return new Decision.Allowed();
  }

  private static boolean borneOut(Booking booking, Segment segment, ChangeReason reason) {
    return switch (reason) {
      case MISCONNECTION -> earlierDisrupted(booking, segment);
      case GOODWILL -> false;
      case SCHEDULE_CHANGE ->
          segment.status() == SegmentStatus.SCHEDULE_CHANGED || segment.scheduleChange() != null;
      case DELAY -> segment.status() == SegmentStatus.DELAYED;
      case CANCELLATION -> segment.status() == SegmentStatus.CANCELLED;
      case CUSTOMER_REQUEST -> true;
    };
  }

  /** Whether a flight before this one in the booking was moved, delayed or cancelled. */
  private static boolean earlierDisrupted(Booking booking, Segment segment) {
    if (booking == null) {
      return false;
    }
    for (var s : booking.segments()) {
      if (s.id().equals(segment.id())) {
        return false;
      }
      if (s.status() != SegmentStatus.CONFIRMED) {
        return true;
      }
    }
    return false;
  }
}
