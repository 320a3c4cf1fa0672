package io.purser.assist.tone;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * When the workspace requires signed replies: the agent's own signature, or one matching the
 * workspace's pattern, must end the reply. The first parts of a reply in several parts ("1/2") are
 * signed on the last part. The workspace's pattern runs in RE2/J, in time linear in the reply: an
 * administrator's pattern cannot make the check backtrack for ever.
 */
final class MissingSignature implements ToneRule {

  private static final Pattern FIRST_PARTS = Pattern.compile("(?s).*\\b(\\d)/(\\d)\\W*$");

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    String text = draft.text().stripTrailing();
    if (!rules.signatureRequired() || signed(text, context, rules) || notLastPart(text)) {
      return List.of();
    }
    String expected = context.agentSignature() == null ? "" : context.agentSignature();
    return List.of(
        new ToneFinding(
            ToneKind.MISSING_SIGNATURE, text.length(), text.length(), List.of(expected)));
  }

  private static boolean signed(String text, ToneContext context, ToneRules rules) {
    String signature =
        context.agentSignature() == null
            ? rules.signaturePattern()
            : Pattern.quote(context.agentSignature().strip());
    return Pattern.compile("(?s)(?:^|.*\\s|.*\\W)(?:" + signature + ")(?:\\s*\\(?\\d/\\d\\)?)?$")
        .matcher(text)
        .matches();
  }

  private static boolean notLastPart(String text) {
    var part = FIRST_PARTS.matcher(text);
    return part.matches() && part.group(1).compareTo(part.group(2)) < 0;
  }
}
