package io.purser.assist.tone;

import java.util.List;

/**
 * When the customer complains (negative sentiment or a complaint), the reply should acknowledge it:
 * an apology or a word of understanding, in English or French. A reply thanking for praise is left
 * alone: the agent read as praise what triage read as a complaint.
 */
final class MissingApology implements ToneRule {

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    if (!context.customerComplains()
        || VoicePhrases.APOLOGY.matcher(draft.text()).find()
        || VoicePhrases.ANSWERING_PRAISE.matcher(draft.text()).find()) {
      return List.of();
    }
    String intent = context.customerTriage().intent().wireName();
    return List.of(new ToneFinding(ToneKind.MISSING_APOLOGY, 0, 0, List.of(intent)));
  }
}
