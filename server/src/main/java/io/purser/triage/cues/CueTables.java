package io.purser.triage.cues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of the languages a message is read in, indexed by the first three letters of their
 * first word in a small open-addressing table, so a message is read once, word by word, for every
 * section at the same time. A phrase of an {@code urgency.} section right after a negation ("no
 * perdí mi conexión", "pas raté") does not count, nor a phrase right after a word its section's
 * {@code not_after} list names ("heute Morgen" is no "morgen", tomorrow). Immutable, thread-safe.
 */
final class CueTables {

  private static final String NEGATED_SECTIONS = "urgency.";

  /** How many words before a phrase a negation reaches. */
  private static final int NEGATION_REACH = 2;

  private final long[] keys;
  private final CuePhrase[][] slots;
  private final int mask;
  private final Set<String> negations;
  private final Map<String, Set<String>> notAfter;
  private final Map<String, Map<String, Double>> values;

  CueTables(
      List<CuePhrase> phrases,
      Set<String> negations,
      Map<String, Set<String>> notAfter,
      Map<String, Map<String, Double>> values) {
    int size = Integer.highestOneBit(Math.max(4, phrases.size() * 2) - 1) << 1;
    this.mask = size - 1;
    this.keys = new long[size];
    Arrays.fill(keys, -1);
    List<List<CuePhrase>> bySlot = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      bySlot.add(new ArrayList<>());
    }
    for (CuePhrase phrase : phrases) {
      String first = phrase.firstWord();
      bySlot.get(slotFor(Tokens.key(first, 0, first.length()), true)).add(phrase);
    }
    this.slots = bySlot.stream().map(s -> s.toArray(CuePhrase[]::new)).toArray(CuePhrase[][]::new);
    this.negations = negations;
    this.notAfter = notAfter;
    this.values = values;
  }

  /** The cues of a folded message. */
  CueHits scan(String folded) {
    Tokens words = Tokens.of(folded);
    List<CueMatch> found = new ArrayList<>(4);
    for (int t = 0, n = words.count(); t < n; t++) {
      int slot = slotFor(words.key(t), false);
      if (slot < 0) {
        continue;
      }
      for (CuePhrase phrase : slots[slot]) {
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

  private int slotFor(long key, boolean insert) {
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (keys[slot] != -1 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == -1) {
      if (!insert) {
        return -1;
      }
      keys[slot] = key;
    }
    return slot;
  }
}
