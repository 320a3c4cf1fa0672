package io.purser.assist.tone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words in capitals read as shouting, but airline replies are full of capitals that are names:
 * airport codes (three letters), record locators and flight numbers (letters with digits, or found
 * by triage as personal data), acronyms the workspace lists, hashtags and handles, and words the
 * customer wrote in capitals themselves. Adjacent shouted words make one finding.
 */
final class ShoutedWords implements ToneRule {

  private static final Pattern WORD = Pattern.compile("[#@]?[\\p{L}\\p{N}'’]+");
  private static final int SHORTEST = 4;
  private static final String VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ";
  // Codes like HKYXMN have few vowels; words in capitals have at least one in four letters.
  private static final double FEWEST_VOWELS = 0.25;

  @Override
  public List<ToneFinding> check(Draft draft, ToneContext context, ToneRules rules) {
    Set<String> customerWords = capitals(context.customerMessage());
    var found = new ArrayList<ToneFinding>();
    var matcher = WORD.matcher(draft.text());
    while (matcher.find()) {
      String word = matcher.group();
      if (!shouted(word, rules, customerWords)
          || draft.overlapsPersonalData(matcher.start(), matcher.end())) {
        continue;
      }
      found.add(joined(found, draft.text(), matcher.start(), matcher.end()));
    }
    return found;
  }

  private static ToneFinding joined(List<ToneFinding> found, String text, int start, int end) {
    if (!found.isEmpty()) {
      var last = found.get(found.size() - 1);
      if (text.substring(last.end(), start).isBlank()) {
        found.remove(found.size() - 1);
        start = last.start();
      }
    }
    return new ToneFinding(ToneKind.ALL_CAPS, start, end, List.of(text.substring(start, end)));
  }

  private static boolean shouted(String word, ToneRules rules, Set<String> customerWords) {
    if (word.startsWith("#") || word.startsWith("@")) {
      return false;
    }
    String letters = word.replace("'", "").replace("’", "");
    if (letters.length() < SHORTEST
        || !letters.chars().allMatch(Character::isUpperCase)
        || rules.acronyms().contains(letters)
        || customerWords.contains(letters)) {
      return false;
    }
    long vowels = letters.chars().filter(c -> VOWELS.indexOf(c) >= 0).count();
    return vowels >= FEWEST_VOWELS * letters.length();
  }

  private static Set<String> capitals(String text) {
    var words = new HashSet<String>();
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      String word = matcher.group();
      if (word.equals(word.toUpperCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    return words;
  }
}
