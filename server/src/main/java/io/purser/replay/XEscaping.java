package io.purser.replay;

/**
 * X's HTML escaping of post text: {@code &}, {@code <} and {@code >} travel as {@code &amp;},
 * {@code &lt;} and {@code &gt;}, and nothing else is escaped. The datasets were captured from X's
 * API and hold the escaped text; a {@link ReplayTweet} holds what the customer wrote, and {@link
 * XDeliveries} escapes it again, so a replayed post reaches the parser exactly as X would send it.
 */
public final class XEscaping {

  private XEscaping() {}

  /** The text as X sends it in a post. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    var escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The text as the customer wrote it, read in one pass ({@code &amp;amp;} is {@code &amp;}). */
  public static String unescape(String escaped) {
    if (escaped == null || escaped.indexOf('&') < 0) {
      return escaped;
    }
    var text = new StringBuilder(escaped.length());
    int i = 0;
    while (i < escaped.length()) {
      if (escaped.startsWith("&amp;", i)) {
        text.append('&');
        i += 5;
      } else if (escaped.startsWith("&lt;", i)) {
        text.append('<');
        i += 4;
      } else if (escaped.startsWith("&gt;", i)) {
        text.append('>');
        i += 4;
      } else {
        text.append(escaped.charAt(i++));
      }
    }
    return text.toString();
  }
}
