package io.purser.airline.domain;

/** What a change costs the customer. */
public sealed interface FareQuote {

  /** Nothing: the airline caused the change, so the fare rule waives any difference and fee. */
  record Waived(ChangeReason reason) implements FareQuote {}

  /** The customer pays this difference (zero when the new fare is not higher). */
  record Difference(Money amount) implements FareQuote {}

  default boolean costsTheCustomer() {
    return this instanceof Difference d && d.amount().moreThanZero();
  }
}
