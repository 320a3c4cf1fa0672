package io.purser.triage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of phrases, each starting with a space (so they match at word starts only), that can say
 * quickly whether a text contains any of them: phrases are indexed by the three characters after
 * their leading space in a small open-addressing table, so a text is checked at each of its spaces
 * against a handful of phrases instead of against every phrase. Immutable and thread-safe.
 */
public final class PhraseSet {

  private final long[] keys;
  private final String[][] phrases;
  private final int mask;

  /** A set of phrases; each must start with a space and have three characters after it. */
  public PhraseSet(List<String> list) {
    int size = Integer.highestOneBit(Math.max(4, list.size() * 4) - 1) << 1;
    this.mask = size - 1;
    this.keys = new long[size];
    Arrays.fill(keys, -1);
    List<List<String>> slots = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      slots.add(new ArrayList<>());
    }
    for (String phrase : list) {
      if (phrase.length() < 4 || phrase.charAt(0) != ' ') {
        throw new IllegalArgumentException(
            "a phrase must start with a space and have 3 more characters: '" + phrase + "'");
      }
      int slot = slotFor(key(phrase, 0), true);
      slots.get(slot).add(phrase);
    }
    this.phrases = slots.stream().map(s -> s.toArray(String[]::new)).toArray(String[][]::new);
  }

  /**
   * Whether the message's padded text contains one of the phrases: the same as {@code
   * foundIn(message.padded())}, from the word starts the message has already found.
   */
  public boolean foundIn(MessageText message) {
    String padded = message.padded();
    for (int w = 0, n = message.wordStartCount(); w < n; w++) {
      int slot = slotFor(message.wordKey(w), false);
      if (slot < 0) {
        continue;
      }
      int i = message.wordStart(w);
      for (String phrase : phrases[slot]) {
        if (padded.startsWith(phrase, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code padded} (lower-cased, padded with spaces) contains one of the phrases. */
  public boolean foundIn(String padded) {
    return firstIn(padded) != null;
  }

  /** The first phrase found in {@code padded}, scanning the text left to right, or null. */
  public String firstIn(String padded) {
    int n = padded.length();
    for (int i = padded.indexOf(' '); i >= 0 && i + 3 < n; i = padded.indexOf(' ', i + 1)) {
      int slot = slotFor(key(padded, i), false);
      if (slot < 0) {
        continue;
      }
      for (String phrase : phrases[slot]) {
        if (padded.startsWith(phrase, i)) {
          return phrase;
        }
      }
    }
    return null;
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

  /** The index key of the three characters after the space at {@code space}. */
  static long key(String text, int space) {
    return ((long) text.charAt(space + 1) << 32)
        | ((long) text.charAt(space + 2) << 16)
        | text.charAt(space + 3);
  }
}
