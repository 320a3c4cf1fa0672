package io.purser.triage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a social-media message into lower-case tokens the models learn from: words, numbers
 * reduced to their shape ({@code 5pm} → {@code 0pm}, so times generalise), mentions, links, emoji
 * and runs of {@code !} or {@code ?}. HTML entities left by the networks are decoded.
 */
public final class TweetText {

  /** Longer texts are cut: the opening of a message carries what it is about. */
  public static final int MAX_CHARS = 2_000;

  public static final String MENTION = "<at>";
  public static final String LINK = "<url>";
  public static final String SHOUTING = "<caps>";

  private TweetText() {}

  /** The tokens of {@code text}, never {@code null}. */
  public static List<String> tokens(String text) {
    String clean = decodeEntities(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    List<String> tokens = new ArrayList<>(32);
    boolean shouted = false;
    int i = 0;
    int n = clean.length();
    while (i < n) {
      int cp = clean.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == 'h' && (clean.startsWith("http://", i) || clean.startsWith("https://", i))) {
        tokens.add(LINK);
        i = linkEnd(clean, i);
      } else if (isWordChar(cp)
          || ((cp == '@' || cp == '#') && next < n && isWordChar(clean.codePointAt(next)))) {
        int end = wordEnd(clean, next);
        tokens.add(wordToken(clean, i, end, cp));
        shouted |= cp != '@' && isShouted(clean, i, end);
        i = end;
      } else if (cp == '!' || cp == '?') {
        i = punctuation(clean, i, tokens);
      } else {
        i = Emoticons.read(clean, i, tokens);
        if (i < 0) {
          i = -i;
        } else {
          if (isSymbol(cp)) {
            tokens.add(new String(Character.toChars(cp)));
          }
          i = next;
        }
      }
    }
    if (shouted) {
      // Shouting is a signal of its own, lost by lower-casing the words.
      tokens.add(SHOUTING);
    }
    return tokens;
  }

  private static int linkEnd(String text, int start) {
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int punctuation(String text, int start, List<String> tokens) {
    int end = start;
    while (end < text.length() && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
      end++;
    }
    tokens.add(end - start > 1 ? text.substring(start, start + 2) : text.substring(start, end));
    return end;
  }

  private static boolean isShouted(String text, int start, int end) {
    if (end - start < 4) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return Character.isLetter(text.charAt(start));
  }

  private static String wordToken(String text, int start, int end, int first) {
    String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (first == '@') {
      // The brand addressed is context: customers of one airline complain more than another's.
      return lower.length() > 1 && Character.isDigit(lower.charAt(1)) ? MENTION : lower;
    }
    if (first == '#') {
      lower = lower.substring(1);
    }
    return digitShape(lower);
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean inner =
          (cp == '\'' || cp == '’' || cp == '.' || cp == ':' || cp == '/' || cp == '-')
              && i + 1 < text.length()
              && isWordChar(text.codePointAt(i + 1));
      if (!isWordChar(cp) && !inner) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static String digitShape(String word) {
    boolean hasDigit = false;
    for (int i = 0; i < word.length() && !hasDigit; i++) {
      hasDigit = Character.isDigit(word.charAt(i));
    }
    if (!hasDigit) {
      return shortenRepeats(word.replace('’', '\''));
    }
    StringBuilder shape = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      shape.append(Character.isDigit(c) ? '0' : c);
    }
    return shape.toString();
  }

  /** "sooooo" and "soo" are one word: letters repeated more than twice are cut to two. */
  private static String shortenRepeats(String word) {
    int n = word.length();
    boolean repeated = false;
    for (int i = 2; i < n && !repeated; i++) {
      repeated = word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2);
    }
    if (!repeated) {
      return word;
    }
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int len = out.length();
      char c = word.charAt(i);
      if (len < 2 || out.charAt(len - 1) != c || out.charAt(len - 2) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  private static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
  }

  /** Decodes the few HTML entities the networks leave in texts ({@code &amp;} and friends). */
  public static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
  }
}
