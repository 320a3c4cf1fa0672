package io.purser.triage.decision;

import io.purser.triage.Intent;
import io.purser.triage.cues.CueHits;
import io.purser.triage.cues.CueLexicon;
import io.purser.triage.cues.CueMatch;
import io.purser.triage.text.MessageText;
import java.util.List;

/**
 * Decides the intent: the model's choice among the intents it was trained on, unless a specific
 * phrase names an intent the public data has no label for (refund, wheelchair, …) and the model is
 * unsure, or the message is not a complaint and the model is unsure of everything ({@code other}).
 * A booking problem whose words name a change of flight (rebook, schedule change, "was moved") is a
 * rebooking whatever the model's confidence: the public labels lump the two together. The override
 * costs a little on the public benchmark, which cannot score those intents, and is what agents
 * need.
 */
public final class IntentPolicy {

  /** Below this the model's favourite yields to a named intent. */
  static final double OVERRIDE_BELOW = 0.5;

  /** Below this a message that is not a complaint gets {@code other}. */
  static final double OTHER_BELOW = 0.4;

  private IntentPolicy() {}

  /**
   * @param labels the intent head's labels
   * @param probabilities the intent head's probabilities
   * @param message the message
   * @param complaint whether the message was categorised as a complaint
   */
  public static IntentDecision decide(
      List<String> labels, double[] probabilities, MessageText message, boolean complaint) {
    CueHits cues = CueLexicon.standard().scan(message, CueLexicon.UNDETERMINED);
    return decide(labels, probabilities, cues, complaint);
  }

  /**
   * @param labels the intent head's labels
   * @param probabilities the intent head's probabilities
   * @param cues the cues of the message, read in its language
   * @param complaint whether the message was categorised as a complaint
   */
  public static IntentDecision decide(
      List<String> labels, double[] probabilities, CueHits cues, boolean complaint) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    double p = probabilities[best];
    Intent model = Intent.fromWireName(labels.get(best));
    if (model == Intent.BOOKING && cues.has(IntentKeywords.section(Intent.REBOOKING))) {
      // The public data's "booking problems" include changes of flight: the words tell which.
      return new IntentDecision(Intent.REBOOKING, "keyword_refines_model", p);
    }
    CueMatch named = p < OVERRIDE_BELOW ? IntentKeywords.find(cues) : null;
    if (named != null) {
      return new IntentDecision(
          IntentKeywords.intentOf(named), "keyword words=\"" + named.phrase() + "\"", p);
    }
    if (!complaint && p < OTHER_BELOW) {
      return new IntentDecision(Intent.OTHER, "low_confidence", p);
    }
    return new IntentDecision(model, "model", p);
  }
}
