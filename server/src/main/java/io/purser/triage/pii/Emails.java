package io.purser.triage.pii;

import io.purser.triage.PersonalDataKind;

/**
 * Finds e-mail addresses by expanding around each {@code @}: linear in the text's length, where a
 * regular expression would backtrack quadratically on long runs of letters.
 */
final class Emails {

  private Emails() {}

  static void find(String text, FindingSink sink) {
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > 0 && isLocalChar(text.charAt(start - 1)) && at - start < 64) {
        start--;
      }
      int end = at + 1;
      while (end < text.length() && isDomainChar(text.charAt(end)) && end - at < 255) {
        end++;
      }
      while (end > at + 1 && text.charAt(end - 1) == '.') {
        end--;
      }
      if (start < at && hasTopLevelDomain(text, at + 1, end)) {
        sink.accept(PersonalDataKind.EMAIL, start, end);
      }
      at = text.indexOf('@', Math.max(end, at + 1));
    }
  }

  private static boolean hasTopLevelDomain(String text, int from, int to) {
    int dot = to - 1;
    while (dot > from && text.charAt(dot) != '.') {
      dot--;
    }
    if (dot <= from || to - dot - 1 < 2) {
      return false;
    }
    for (int i = dot + 1; i < to; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c))
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-';
  }
}
