package io.purser.airline.domain;

/**
 * Who may make a change. Agents act within policy: an involuntary change the booking bears out (the
 * segment really was moved, delayed or cancelled), or a customer's change that costs nothing.
 * Anything else — a fare difference to collect, or a reason the booking does not show — needs a
 * supervisor.
 */
public final class ChangePolicy {

  private ChangePolicy() {}

  public sealed interface Decision {
    record Allowed() implements Decision {}

    record NeedsSupervisor(String reason) implements Decision {}
  }

  public static Decision decide(
      Segment segment, ChangeReason reason, FareQuote quote, boolean supervisor) {
    if (supervisor) {
      return new Decision.Allowed();
    }
    if (reason.involuntary() && !borneOut(segment, reason)) {
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

  private static boolean borneOut(Segment segment, ChangeReason reason) {
    return switch (reason) {
      case SCHEDULE_CHANGE ->
          segment.status() == SegmentStatus.SCHEDULE_CHANGED || segment.scheduleChange() != null;
      case DELAY -> segment.status() == SegmentStatus.DELAYED;
      case CANCELLATION -> segment.status() == SegmentStatus.CANCELLED;
      case CUSTOMER_REQUEST -> true;
    };
  }
}
