package io.purser.assist.tone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags the promises the workspace's policy does not allow, unless the sentence denies them: "we
 * can't guarantee" is the careful answer the rule asks for, not a promise.
 */
final class PolicyPromises implements ToneRule {

  private static final Pattern NEGATION =
      Pattern.compile(
          "(?:\\b(?:not|no|never|cannot|unable|ne|pas|jamais)\\b|n['’]t\\b|\\bn['’])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // How far before a promise a negation still denies it: "can't make any guarantees".
  private static final int NEGATION_REACH = 24;

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    var found = new ArrayList<ToneFinding>();
    String text = draft.text();
    for (var promise : rules.promises()) {
      var matcher = Phrases.literal(promise.phrase()).matcher(text);
      while (matcher.find()) {
        if (!denied(text, matcher.start())) {
          found.add(
              new ToneFinding(
                  ToneKind.POLICY_PROMISE,
                  matcher.start(),
                  matcher.end(),
                  List.of(matcher.group(), promise.explanation())));
        }
      }
    }
    found.sort(Comparator.comparingInt(ToneFinding::start));
    return found;
  }

  private static boolean denied(String text, int start) {
    int from = Math.max(0, start - NEGATION_REACH);
    String before = text.substring(from, start);
    int sentenceEnd =
        Math.max(
            before.lastIndexOf('.'), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
    return NEGATION.matcher(before.substring(sentenceEnd + 1)).find();
  }
}
