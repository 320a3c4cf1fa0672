package io.purser.triage.rules;

/**
 * About how many instructions a regular expression compiles to once its counted repetitions are
 * unrolled: {@code (a{1000}){1000}} is seven characters and a million instructions, and one more
 * level exhausts the heap while compiling. RE2/J checks neither, so this walk over the pattern
 * (groups, character classes, escapes and quantifiers; nothing else matters for the count) lets the
 * rule be refused before it is compiled. Each atom weighs one, a group the sum of its parts, and a
 * counted repetition multiplies what it repeats by its largest count.
 */
final class RepetitionWeight {

  /** Above this the walk stops counting: the pattern is refused anyway. */
  static final long CEILING = 1L << 40;

  private final String pattern;
  private int at;

  private RepetitionWeight(String pattern) {
    this.pattern = pattern;
  }

  /** The estimated instruction count of the pattern, at most {@link #CEILING}. */
  static long of(String pattern) {
    var walk = new RepetitionWeight(pattern);
    long weight = 0;
    while (walk.at < pattern.length()) {
      weight = capped(weight + walk.sequence());
      walk.at++; // an unbalanced ')' is the compiler's to report
    }
    return weight;
  }

  /** The weight of the items up to the closing parenthesis of the enclosing group, or the end. */
  private long sequence() {
    long weight = 0;
    while (at < pattern.length() && pattern.charAt(at) != ')') {
      long item = atom();
      weight = capped(weight + times(item, quantifiers()));
    }
    return weight;
  }

  private long atom() {
    char c = pattern.charAt(at++);
    switch (c) {
      case '(' -> {
        long inner = sequence();
        at++; // the closing ')'
        return Math.max(inner, 1);
      }
      case '[' -> skipClass();
      case '\\' -> skipEscape();
      default -> {}
    }
    return 1;
  }

  /** The product of the largest counts of the quantifiers after an atom ({@code *} counts one). */
  private long quantifiers() {
    long factor = 1;
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == '*' || c == '+' || c == '?') {
        at++;
      } else if (c == '{' && countedEnd() > 0) {
        int end = countedEnd();
        factor = times(factor, largestCount(pattern.substring(at + 1, end)));
        at = end + 1;
      } else {
        return factor;
      }
    }
    return factor;
  }

  /** Where a counted repetition {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at} ends. */
  private int countedEnd() {
    int end = pattern.indexOf('}', at);
    return end > at && pattern.substring(at + 1, end).matches("[0-9]+(,[0-9]*)?") ? end : -1;
  }

  private static long largestCount(String counts) {
    long largest = 0;
    for (String count : counts.split(",")) {
      largest =
          Math.max(largest, count.length() > 12 ? CEILING : Long.parseLong("0" + count.strip()));
    }
    return Math.max(largest, 1);
  }

  private void skipClass() {
    if (at < pattern.length() && pattern.charAt(at) == '^') {
      at++;
    }
    if (at < pattern.length() && pattern.charAt(at) == ']') {
      at++; // a leading ']' is a member, not the end
    }
    while (at < pattern.length() && pattern.charAt(at) != ']') {
      if (pattern.startsWith("[:", at)) {
        int end = pattern.indexOf(":]", at + 2);
        at = end < 0 ? at + 1 : end + 2;
      } else if (pattern.charAt(at++) == '\\') {
        skipEscape();
      }
    }
    at++;
  }

  /** Skips what follows a backslash: one character, or a {@code \p{…}}, {@code \x{…}}, \Q…\E. */
  private void skipEscape() {
    if (at >= pattern.length()) {
      return;
    }
    char c = pattern.charAt(at++);
    if ((c == 'p' || c == 'P' || c == 'x') && at < pattern.length() && pattern.charAt(at) == '{') {
      int end = pattern.indexOf('}', at);
      at = end < 0 ? pattern.length() : end + 1;
    } else if (c == 'Q') {
      int end = pattern.indexOf("\\E", at);
      at = end < 0 ? pattern.length() : end + 2;
    }
  }

  private static long times(long a, long b) {
    return b != 0 && a > CEILING / b ? CEILING : a * b;
  }

  private static long capped(long weight) {
    return weight < 0 || weight > CEILING ? CEILING : weight;
  }
}
