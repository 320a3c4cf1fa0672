package io.purser.assist.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A rule that flags every phrase of one kind (blame, argument) where the draft has it. */
record PhraseRule(ToneKind kind, Pattern phrases) implements ToneRule {

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    var found = new ArrayList<ToneFinding>();
    var matcher = phrases.matcher(draft.text());
    while (matcher.find()) {
      found.add(new ToneFinding(kind, matcher.start(), matcher.end(), List.of(matcher.group())));
    }
    return found;
  }
}
