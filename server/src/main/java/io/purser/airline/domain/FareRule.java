package io.purser.airline.domain;

/**
 * The fare rule of a change: an involuntary change (schedule change, delay, cancellation) is free;
 * a change the customer asked for costs the difference to the new fare, never less than nothing (a
 * cheaper flight is not refunded).
 */
public final class FareRule {

  private FareRule() {}

  public static FareQuote quote(ChangeReason reason, Money paid, Money newFare) {
    if (reason.involuntary()) {
      return new FareQuote.Waived(reason);
    }
    var difference = newFare.minus(paid);
    return new FareQuote.Difference(
        difference.moreThanZero() ? difference : Money.zero(paid.currency()));
  }
}
