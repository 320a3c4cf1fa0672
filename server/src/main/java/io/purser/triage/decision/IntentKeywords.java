package io.purser.triage.decision;

import io.purser.triage.Intent;
import io.purser.triage.cues.CueHits;
import io.purser.triage.cues.CueMatch;
import java.util.List;

/**
 * The intents a phrase of the message's language can name ({@code intent.*} sections of {@code
 * cues/xx.txt}): those the public training data has no label for (refund, rebooking, check-in,
 * seat, loyalty, special assistance) in every language, and, in the languages the model was not
 * trained on, the ones it knows (damaged or lost baggage, cancellation, delay), so a Spanish
 * "maleta perdida" gets an intent the English model cannot give it. Checked in this order; the
 * first match wins: what the customer asks for (a refund, another flight) before what happened.
 */
final class IntentKeywords {

  static final List<Intent> ORDER =
      List.of(
          Intent.SPECIAL_ASSISTANCE,
          Intent.REFUND,
          Intent.REBOOKING,
          Intent.CHECK_IN,
          Intent.LOYALTY,
          Intent.SEAT,
          Intent.BAGGAGE_DAMAGED,
          Intent.BAGGAGE_LOST,
          Intent.CANCELLATION,
          Intent.DELAY);

  private IntentKeywords() {}

  /** The lexicon section of an intent's phrases. */
  static String section(Intent intent) {
    return "intent." + intent.wireName();
  }

  /** The first intent, in {@link #ORDER}, whose phrase occurs in the message, or {@code null}. */
  static CueMatch find(CueHits cues) {
    for (Intent intent : ORDER) {
      CueMatch match = cues.first(section(intent));
      if (match != null) {
        return match;
      }
    }
    return null;
  }

  /** The intent a match of {@link #find} names. */
  static Intent intentOf(CueMatch match) {
    return Intent.fromWireName(match.section().substring("intent.".length()));
  }
}
