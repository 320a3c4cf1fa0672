package io.purser.triage.cues;

import java.text.Normalizer;

/**
 * A text folded so that the cue phrases of every language match however it was typed: lower case,
 * accents dropped whether composed ("é") or decomposed ("e" and a combining accent), Arabic short
 * vowels and the elongation stroke dropped and its variant letters made one (أ إ آ → ا, ى → ي, ة →
 * ه), Arabic-Indic digits made 0–9; white space and apostrophes are a space, and every other
 * character that is not a letter or a digit is a {@link #BREAK} (a colon between two digits is
 * kept, for clock times such as 14:30, and a hyphen inside a word, so "check-in" the service is not
 * "check in" a bag). Phrases match across both; time expressions do not cross a break ("checking
 * in. A 4 hour delay" is no departure in four hours). Customers drop accents on phones ("perdi mi
 * conexion") and some keyboards send decomposed letters; both then read alike.
 *
 * <p>The folded text keeps, for each of its characters, where it came from in the original, so a
 * cue found in it can be placed in the original (personal data is reported by position). Folding is
 * one table look-up per character. Immutable.
 */
public final class FoldedText {

  /** What punctuation folds to: words on both sides of it are not one expression. */
  public static final char BREAK = '|';

  /** For each UTF-16 unit, what it folds to: itself, another character, or 0 (dropped). */
  private static final char[] FOLD = foldTable();

  private final String text;
  private final int[] origin;
  private final int originalLength;

  private FoldedText(String text, int[] origin, int originalLength) {
    this.text = text;
    this.origin = origin;
    this.originalLength = originalLength;
  }

  /** Folds {@code original}: every character that is not a letter or a digit becomes a space. */
  public static FoldedText of(String original) {
    return fold(original, false);
  }

  /**
   * Folds {@code original} for regular expressions that read punctuation ("FF#", "miles&more"):
   * letters and digits are folded, other characters kept as they are.
   */
  public static FoldedText keepingPunctuation(String original) {
    return fold(original, true);
  }

  private static FoldedText fold(String original, boolean keepPunctuation) {
    int n = original.length();
    char[] out = new char[n];
    int[] origin = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      char folded = FOLD[c];
      if (keepPunctuation && (folded == ' ' || folded == BREAK)) {
        folded = c;
      } else if (c == ':' && between(original, i, true)) {
        folded = ':';
      } else if (c == '-' && between(original, i, false)) {
        folded = '-';
      }
      if (folded != 0) {
        out[length] = folded;
        origin[length++] = i;
      }
    }
    return new FoldedText(new String(out, 0, length), origin, n);
  }

  /** Folds one phrase of a lexicon, as a text is folded, its punctuation read as spaces. */
  static String fold(String phrase) {
    return of(phrase).text().replace(BREAK, ' ');
  }

  /** Whether the characters on both sides of {@code i} are digits, or letters or digits. */
  private static boolean between(String text, int i, boolean digits) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char before = FOLD[text.charAt(i - 1)];
    char after = FOLD[text.charAt(i + 1)];
    return digits
        ? Character.isDigit(before) && Character.isDigit(after)
        : Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  /** The folded text. */
  public String text() {
    return text;
  }

  /**
   * Where the folded character at {@code i} is in the original; the original's length at the end.
   */
  public int originOf(int i) {
    return i < text.length() ? origin[i] : originalLength;
  }

  /** The first folded position whose character comes from {@code originalIndex} or after it. */
  public int foldedIndexOf(int originalIndex) {
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (origin[mid] < originalIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = foldChar((char) c);
    }
    return table;
  }

  private static char foldChar(char c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == 'ـ') {
      // Combining accents and Arabic short vowels and tatweel: dropped.
      return 0;
    }
    if (c >= '٠' && c <= '٩') {
      return (char) ('0' + (c - '٠'));
    }
    if (c >= '۰' && c <= '۹') {
      return (char) ('0' + (c - '۰'));
    }
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> {
        return 'ا';
      }
      case 'ى', 'ئ' -> {
        return 'ي';
      }
      case 'ؤ' -> {
        return 'و';
      }
      case 'ة' -> {
        return 'ه';
      }
      default -> {}
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "'’‘ʼ`´".indexOf(c) >= 0) {
      return ' ';
    }
    if (!Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return BREAK;
    }
    char lower = Character.toLowerCase(c);
    if (lower < 0xC0 || lower > 0x24F && (lower < 0x1E00 || lower > 0x1EFF)) {
      return lower;
    }
    // A Latin letter with accents: its base letter, when it decomposes to one.
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    return base < 0x80 && Character.isLetter(base) ? base : lower;
  }
}
