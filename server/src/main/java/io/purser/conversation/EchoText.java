package io.purser.conversation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a network's echo shows the text we sent. Networks rewrite a reply as they post it: X
 * replaces every link (and every bare domain) with a {@code t.co} link, may put the mentions of the
 * people answered in front. Both texts are compared with those rewrites undone, never byte for
 * byte. X's HTML escaping of {@code & < >} is undone once by the X parser and look-up, before the
 * echo gets here, so a reply that literally says {@code &amp;} is not mistaken for one that says
 * {@code &}.
 */
public final class EchoText {

  private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:@\\w{1,50}\\s*)+");
  private static final Pattern LINK =
      Pattern.compile("(?:https?://\\S+|(?:[\\w-]+\\.)+[a-z]{2,}(?:/\\S*)?)");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private EchoText() {}

  /** True when {@code shown} is {@code sent} as the network posts it. */
  public static boolean same(String sent, String shown) {
    var ours = normalise(sent);
    return !ours.isEmpty() && ours.equals(normalise(shown));
  }

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    var t = Normalizer.normalize(text, Normalizer.Form.NFC);
    t = t.strip();
    t = LEADING_MENTIONS.matcher(t).replaceFirst("");
    t = LINK.matcher(t).replaceAll("<link>");
    return SPACE.matcher(t).replaceAll(" ").strip();
  }
}
