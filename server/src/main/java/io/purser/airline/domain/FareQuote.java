package io.purser.airline.domain;

import java.util.Locale;

/** What a change costs the customer. */
public sealed interface FareQuote {

  /** Nothing: the airline caused the change, so the fare rule waives any difference and fee. */
  record Waived(ChangeReason reason) implements FareQuote {}

  /** The customer pays this difference (zero when the new fare is not higher). */
  record Difference(Money amount) implements FareQuote {}

  /** The quote in words for the agent and the audit trail: "waived (delay)", "EUR 40.00 to pay". */
  default String words() {
    if (this instanceof Waived w) {
      return "waived (" + w.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
    return ((Difference) this).amount() + " to pay";
  }

  /** True when the airline's fare rule waives the difference (see {@link Waived#reason()}). */
  default boolean waived() {
    return this instanceof Waived;
  }

  default boolean costsTheCustomer() {
    return this instanceof Difference d && d.amount().moreThanZero();
  }
}
