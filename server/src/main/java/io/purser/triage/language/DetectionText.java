package io.purser.triage.language;

import io.purser.triage.text.TweetText;

/**
 * The part of a social message that is in a language, for Lingua to read: links, mentions and the
 * retweet marker are left out (they are names, not words), a hashtag's words count ({@code
 * #AnschlussVerpasst} reads "Anschluss Verpasst"), and a letter repeated three times or more counts
 * once ("sangueee" reads "sangue"). One pass over the text, linear in its length.
 */
final class DetectionText {

  /** Lingua reads the opening of a long message: its n-gram counts settle within a few lines. */
  static final int MAX_CHARS = 500;

  private DetectionText() {}

  /** The text to detect the language of; empty when the message has no words. */
  static String of(String original) {
    String text = TweetText.decodeEntities(original);
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
    int n = text.length();
    int i = 0;
    while (i < n && out.length() < MAX_CHARS) {
      char c = text.charAt(i);
      if (startsLink(text, i)
          || (c == '@' && i + 1 < n && isWordChar(text.charAt(i + 1)))
          || startsCode(text, i)) {
        i = skipToSpace(text, i);
      } else if (isRetweetMarker(text, i)) {
        i += 2;
      } else if (c == '#') {
        i = appendHashtag(text, i + 1, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return foldRuns(out.toString()).strip();
  }

  private static int appendHashtag(String text, int from, StringBuilder out) {
    out.append(' ');
    int i = from;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      char c = text.charAt(i);
      if (i > from && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
        out.append(' ');
      }
      out.append(c);
      i++;
    }
    out.append(' ');
    return i;
  }

  /** The text with every run of three or more of one letter written once. */
  static String foldRuns(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = i + 1;
      while (end < text.length()
          && Character.toLowerCase(text.charAt(end)) == Character.toLowerCase(c)) {
        end++;
      }
      out.append(text, i, Character.isLetter(c) && end - i >= 3 ? i + 1 : end);
      i = end;
    }
    return out.toString();
  }

  private static boolean startsLink(String text, int i) {
    char c = text.charAt(i);
    return (c == 'h' || c == 'H' || c == 'w' || c == 'W')
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
        && (text.regionMatches(true, i, "http", 0, 4) || text.regionMatches(true, i, "www.", 0, 4));
  }

  /**
   * Whether a word starting here mixes letters with digits or holds an {@code @} (a record locator,
   * "64GB", an e-mail address): names and codes, in no language.
   */
  private static boolean startsCode(String text, int i) {
    if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int j = i; j < text.length() && !Character.isWhitespace(text.charAt(j)); j++) {
      char c = text.charAt(j);
      if (c == '@' && j > i) {
        return true;
      }
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    return letter && digit;
  }

  private static boolean isRetweetMarker(String text, int i) {
    return text.startsWith("RT", i)
        && (i == 0 || !isWordChar(text.charAt(i - 1)))
        && (i + 2 == text.length() || !isWordChar(text.charAt(i + 2)));
  }

  private static int skipToSpace(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
