package io.purser.triage.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of digits written as one number, possibly in groups ("4111 1111 1111 1111", "+44 20 7946
 * 0958", "(555) 123-4567", "016-2345678901"). Found by a single left-to-right pass, so a 100 KB
 * text costs linear time.
 *
 * @param start index of the run's first character (a digit, {@code +} or {@code (})
 * @param end index just after its last digit
 * @param digits the digits alone
 * @param plus whether it starts with {@code +}
 * @param separators how many separators split it into groups
 * @param longestGroup the most digits written without a separator
 */
record DigitRun(int start, int end, String digits, boolean plus, int separators, int longestGroup) {

  private static final int MAX_DIGITS = 24;

  static List<DigitRun> find(String text) {
    List<DigitRun> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (startsRun(text, i)) {
        DigitRun run = readRun(text, i);
        if (run.digits.length() <= MAX_DIGITS) {
          runs.add(run);
        }
        i = Math.max(run.end, i + 1);
      } else {
        i++;
      }
    }
    return runs;
  }

  private static boolean startsRun(String text, int i) {
    char c = text.charAt(i);
    if (!isDigit(c) && c != '+' && c != '(') {
      // Checked first: most characters start no run, and the boundary test costs more.
      return false;
    }
    boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    if (!boundary) {
      return false;
    }
    if (isDigit(c)) {
      return true;
    }
    if (c == '(' && i + 2 < text.length() && text.charAt(i + 1) == '+') {
      return isDigit(text.charAt(i + 2));
    }
    return (c == '+' || c == '(') && i + 1 < text.length() && isDigit(text.charAt(i + 1));
  }

  private static DigitRun readRun(String text, int start) {
    StringBuilder digits = new StringBuilder();
    int i = start;
    int end = start;
    int separators = 0;
    int group = 0;
    int longestGroup = 0;
    if (text.startsWith("(+", start)) {
      i++;
    }
    boolean plus = text.charAt(i) == '+';
    if (plus || text.charAt(i) == '(') {
      i++;
    }
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
        longestGroup = Math.max(longestGroup, ++group);
        end = ++i;
      } else if (isSeparator(c) && separatorBeforeDigit(text, i)) {
        separators++;
        group = 0;
        i += (c == ')' && i + 1 < text.length() && text.charAt(i + 1) == ' ') ? 2 : 1;
      } else {
        break;
      }
    }
    if (end < text.length() && Character.isLetter(text.charAt(end))) {
      return new DigitRun(start, end, "", plus, separators, longestGroup);
    }
    return new DigitRun(start, end, digits.toString(), plus, separators, longestGroup);
  }

  private static boolean separatorBeforeDigit(String text, int i) {
    int next = i + 1;
    if (text.charAt(i) == ')' && next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next < text.length() && isDigit(text.charAt(next));
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == ')';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
