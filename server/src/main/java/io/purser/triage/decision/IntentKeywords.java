package io.purser.triage.decision;

import io.purser.triage.Intent;
import io.purser.triage.text.MessageText;
import io.purser.triage.text.PhraseSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Phrases that name the intents the public training data has no label for (refund, rebooking,
 * check-in, seat, loyalty, special assistance), in the languages triage reads. Checked in this
 * order; the first match wins.
 */
final class IntentKeywords {

  static final Map<Intent, PhraseSet> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put(
        Intent.SPECIAL_ASSISTANCE,
        Cues.phrases(
            " wheelchair",
            " disabled ",
            " disability",
            " special assistance",
            " service dog",
            " service animal",
            " unaccompanied minor",
            " fauteuil roulant",
            " silla de ruedas",
            " rollstuhl",
            " sedia a rotelle",
            " cadeira de rodas",
            " rolstoel"));
    PHRASES.put(
        Intent.REFUND,
        Cues.phrases(
            " refund",
            " reimburse",
            " money back",
            " rembourse",
            " reembols",
            " erstatt",
            " rimbors",
            " terugbetal"));
    PHRASES.put(
        Intent.REBOOKING,
        Cues.phrases(
            " rebook",
            " re-book",
            " missed connection",
            " missed my connection",
            " schedule change",
            " schedule was changed",
            " rescheduled",
            " was moved",
            " been moved",
            " moved my flight",
            " put me on another",
            " put me on the",
            " vol a été déplacé",
            " changer mon vol",
            " change my flight",
            " misconnect",
            " correspondance manquée",
            " cambiar mi vuelo",
            " umbuchen",
            " omboeken"));
    PHRASES.put(
        Intent.CHECK_IN,
        Cues.phrases(
            " check in online",
            " online check",
            " check-in",
            " checkin ",
            " boarding pass",
            " enregistrement",
            " carte d'embarquement",
            " tarjeta de embarque",
            " bordkarte"));
    PHRASES.put(
        Intent.LOYALTY,
        Cues.phrases(
            " miles ",
            " mileageplus",
            " skymiles",
            " aadvantage",
            " rapid rewards",
            " medallion",
            " frequent flyer",
            " status match",
            " elevate ",
            " flying blue",
            " miles&more",
            " millas",
            " points "));
    PHRASES.put(
        Intent.SEAT,
        Cues.phrases(
            " seat assignment",
            " window seat",
            " aisle seat",
            " seat selection",
            " pick a seat",
            " choose my seat",
            " exit row",
            " siège",
            " asiento",
            " sitzplatz",
            " posto a sedere"));
  }

  static final PhraseSet REBOOKING = PHRASES.get(Intent.REBOOKING);

  private IntentKeywords() {}

  /** The first intent whose phrase occurs in the message, or {@code null}. */
  static Intent find(MessageText message) {
    for (Map.Entry<Intent, PhraseSet> entry : PHRASES.entrySet()) {
      if (entry.getValue().foundIn(message)) {
        return entry.getKey();
      }
    }
    return null;
  }
}
