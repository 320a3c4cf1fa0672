package io.purser.triage.cues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of the languages a message is read in, indexed by the first three letters of their
 * first word, so a message is read once, word by word, for every section at the same time. A phrase
 * of an {@code urgency.} section right after a negation ("no perdí mi conexión", "pas raté") does
 * not count, nor a phrase right after a word its section's {@code not_after} list names ("heute
 * Morgen" is no "morgen", tomorrow). Immutable, thread-safe.
 */
final class CueTables {

  private static final String NEGATED_SECTIONS = "urgency.";

  /** How many words before a phrase a negation reaches. */
  private static final int NEGATION_REACH = 2;

  private final Map<Long, CuePhrase[]> byKey;
  private final Set<String> negations;
  private final Map<String, Set<String>> notAfter;
  private final Map<String, Map<String, Double>> values;

  CueTables(
      List<CuePhrase> phrases,
      Set<String> negations,
      Map<String, Set<String>> notAfter,
      Map<String, Map<String, Double>> values) {
    Map<Long, List<CuePhrase>> index = new HashMap<>();
    for (CuePhrase phrase : phrases) {
      String first = phrase.firstWord();
      index
          .computeIfAbsent(Tokens.key(first, 0, first.length()), k -> new ArrayList<>())
          .add(phrase);
    }
    this.byKey = new HashMap<>();
    index.forEach((key, list) -> byKey.put(key, list.toArray(CuePhrase[]::new)));
    this.negations = negations;
    this.notAfter = notAfter;
    this.values = values;
  }

  /** The cues of a folded message. */
  CueHits scan(String folded) {
    Tokens words = Tokens.of(folded);
    List<CueMatch> found = new ArrayList<>(4);
    for (int t = 0, n = words.count(); t < n; t++) {
      CuePhrase[] candidates = byKey.get(words.key(t));
      if (candidates == null) {
        continue;
      }
      for (CuePhrase phrase : candidates) {
        int end = phrase.matchAt(words, t);
        if (end >= 0 && !blocked(phrase.section(), words, t)) {
          found.add(new CueMatch(phrase.section(), phrase.written(), t, end));
        }
      }
    }
    return new CueHits(words, found, values);
  }

  private boolean blocked(String section, Tokens words, int t) {
    if (section.startsWith(NEGATED_SECTIONS)) {
      for (int back = 1; back <= NEGATION_REACH && t - back >= 0; back++) {
        if (negations.contains(words.word(t - back))) {
          return true;
        }
      }
    }
    Set<String> blockers = notAfter.get(section);
    return blockers != null && t > 0 && blockers.contains(words.word(t - 1));
  }
}
