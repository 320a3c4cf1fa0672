package io.purser.channels.x;

/**
 * X escapes {@code &}, {@code <} and {@code >} in the text of posts ({@code &amp;}, {@code &lt;},
 * {@code &gt;}; v1.1 {@code text}, {@code full_text}, {@code extended_tweet} and v2 {@code text},
 * {@code note_tweet}), but not in direct messages. Purser keeps what the customer wrote, so the
 * parser undoes the escaping once, here; the console's templates escape for HTML when they show it.
 *
 * <p>X escapes nothing else, so only these three are read back, in one pass from left to right: a
 * customer who typed {@code &amp;} arrives as {@code &amp;amp;} and is stored as {@code &amp;}.
 * Entity indices and {@code display_text_range} count the escaped text; Purser does not use them.
 */
final class XText {

  private XText() {}

  /** The post's text as the customer wrote it; null stays null. */
  static String unescapePost(String escaped) {
    if (escaped == null || escaped.indexOf('&') < 0) {
      return escaped;
    }
    var text = new StringBuilder(escaped.length());
    int i = 0;
    while (i < escaped.length()) {
      char c = escaped.charAt(i);
      if (c == '&' && escaped.startsWith("&amp;", i)) {
        text.append('&');
        i += 5;
      } else if (c == '&' && escaped.startsWith("&lt;", i)) {
        text.append('<');
        i += 4;
      } else if (c == '&' && escaped.startsWith("&gt;", i)) {
        text.append('>');
        i += 4;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }
}
