package io.purser.assist.tone;

import java.util.List;

/** One rule of the tone check: what it finds in a draft, in text order. */
interface ToneRule {

  List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules);
}
