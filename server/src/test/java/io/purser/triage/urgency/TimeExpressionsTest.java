package io.purser.triage.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The time expression is tried only where a match can start; these tests check that it finds
 * exactly what a plain search of the whole text finds.
 */
class TimeExpressionsTest {

  private static final String[] LEADING = {
    "in", "dans", "en", "tra", "fra", "em", "over", "within"
  };

  /**
   * The characters a case-insensitive match could take for a letter or a space: every ASCII
   * character, every character with a case mapping (no other can fold to a letter) and every space
   * of any kind. The rest of the basic plane can match neither a letter nor {@code \\s}.
   */
  private static final List<Character> CANDIDATES = candidates();

  private static List<Character> candidates() {
    List<Character> out = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (c < 128
          || Character.toUpperCase(ch) != ch
          || Character.toLowerCase(ch) != ch
          || Character.isWhitespace(ch)
          || Character.isSpaceChar(ch)) {
        out.add(ch);
      }
    }
    return out;
  }

  /** What a plain {@code find()} from the start of the text returns: start, end and both groups. */
  private static String reference(String text) {
    Matcher m = TimeExpressions.IN_DURATION.matcher(text);
    return m.find() ? describe(m) : "none";
  }

  private static String fast(String text) {
    Matcher m = TimeExpressions.firstMatch(text);
    return m == null ? "none" : describe(m);
  }

  private static String describe(Matcher m) {
    return m.start() + ".." + m.end() + " " + m.group(1) + " " + m.group(2);
  }

  @Test
  void readsDurationsInEveryLanguageAndCase() {
    assertThat(TimeExpressions.firstDuration("my flight leaves in 2 hours"))
        .contains(Duration.ofHours(2));
    assertThat(TimeExpressions.firstDuration("DANS 45 MINUTES")).contains(Duration.ofMinutes(45));
    assertThat(TimeExpressions.firstDuration("sale en tres horas")).contains(Duration.ofHours(3));
    assertThat(TimeExpressions.firstDuration("Abflug In zwei Stunden"))
        .contains(Duration.ofHours(2));
    assertThat(TimeExpressions.firstDuration("within half an hour"))
        .contains(Duration.ofMinutes(30));
    assertThat(TimeExpressions.firstDuration("leaving in 2h")).contains(Duration.ofHours(2));
  }

  @Test
  void findsNothingInsideWordsOrWithoutAUnit() {
    assertThat(TimeExpressions.firstDuration("within2 hours")).isEmpty();
    assertThat(TimeExpressions.firstDuration("begin 2 hours")).isEmpty();
    assertThat(TimeExpressions.firstDuration("_in 2 hours")).isEmpty();
    assertThat(TimeExpressions.firstDuration("in 2 days")).isEmpty();
    assertThat(TimeExpressions.firstDuration("")).isEmpty();
  }

  @Test
  void takesTheFirstOfSeveralMatches() {
    assertThat(fast("in 5 minutes or in 2 hours")).isEqualTo("0..12 5 minutes");
    assertThat(fast("over 3 hrs, in 1 h")).isEqualTo(reference("over 3 hrs, in 1 h"));
  }

  /**
   * Every candidate character in place of the first letter of every leading word, after a space, a
   * letter, a digit, an underscore, a combining mark and at the very start: the pre-check never
   * skips a position where the plain search matches (the dotless ı, for one, folds to i).
   */
  @Test
  void everyFirstCharacterGivesWhatTheFullSearchGives() {
    List<String> mismatches = new ArrayList<>();
    String[] before = {"", " ", "a", "e\u0301"};
    for (char c : CANDIDATES) {
      for (String word : LEADING) {
        String candidate = (char) c + word.substring(1) + " 2 hours";
        for (String prefix : before) {
          String text = prefix + candidate;
          String expected = reference(text);
          if (!expected.equals(fast(text))) {
            mismatches.add(Integer.toHexString(c) + " in '" + text + "'");
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /**
   * Every candidate character in place of each other letter of every leading word, and of the white
   * space after it: the comparison of the leading words loses no match either.
   */
  @Test
  void everyCharacterInsideOrAfterALeadingWordGivesWhatTheFullSearchGives() {
    List<String> mismatches = new ArrayList<>();
    for (char c : CANDIDATES) {
      for (String word : LEADING) {
        for (int j = 1; j <= word.length(); j++) {
          String text =
              " " + word.substring(0, j) + (char) c + (word + " 2 hours").substring(j + 1);
          if (!reference(text).equals(fast(text))) {
            mismatches.add(Integer.toHexString(c) + " in '" + text + "'");
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void surrogatesAndOddTextGiveWhatTheFullSearchGives() {
    String[] texts = {
      "\uD83D\uDE00in 2 hours",
      "\uD800in 2 hours",
      "in\u00A02\u00A0hours",
      "in\t2 hours",
      "in\u000B2 hours",
      "in\u20282 hours",
      "ſtra 2 ore",
      "TRA 2 ORE",
      "wİthin 2 hours",
      "ın 2 hours",
      "İn 2 hours",
      "IN  ABOUT  3  HOURS",
      "in less than 20 mins!",
      "we are in. 2 hours later",
      "em 2 horas e in 3 ore",
      " in",
      "in 2",
      "i",
      "over"
    };
    for (String text : texts) {
      assertThat(fast(text)).as(text).isEqualTo(reference(text));
    }
  }
}
