package io.purser.triage.language;

/** Recognises languages written in their own script by counting letters per Unicode script. */
final class ScriptVote {

  private ScriptVote() {}

  /** Whether the text has a character beyond the Latin blocks (the test before counting). */
  static boolean mayBeNonLatin(String text) {
    return hasCharFrom(text, 0x250);
  }

  /** The language of the dominant non-Latin script, or {@code null} when Latin dominates. */
  static String dominantNonLatin(String text) {
    if (!hasCharFrom(text, 0x250)) {
      // Only Latin letters or none: no other script can count, whatever the Latin count.
      return null;
    }
    int latin = 0;
    int[] counts = new int[Script.values().length];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x250) {
        // ASCII and the Latin-1 and Latin Extended blocks: Latin when a letter, skipped otherwise.
        latin += Character.isLetter(cp) ? 1 : 0;
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
        continue;
      }
      for (Script s : Script.values()) {
        if (s.script == script) {
          counts[s.ordinal()]++;
        }
      }
    }
    return pick(counts, latin);
  }

  private static boolean hasCharFrom(String text, int first) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= first) {
        return true;
      }
    }
    return false;
  }

  private static String pick(int[] counts, int latin) {
    Script best = null;
    for (Script s : Script.values()) {
      if (counts[s.ordinal()] > 0
          && (best == null || counts[s.ordinal()] > counts[best.ordinal()])) {
        best = s;
      }
    }
    if (best == null || counts[best.ordinal()] <= latin) {
      return null;
    }
    // Kana anywhere means Japanese, even when Han characters outnumber it.
    if (best == Script.HAN
        && counts[Script.HIRAGANA.ordinal()] + counts[Script.KATAKANA.ordinal()] > 0) {
      return "ja";
    }
    return best.language;
  }

  private enum Script {
    CYRILLIC(Character.UnicodeScript.CYRILLIC, "ru"),
    ARABIC(Character.UnicodeScript.ARABIC, "ar"),
    HEBREW(Character.UnicodeScript.HEBREW, "he"),
    GREEK(Character.UnicodeScript.GREEK, "el"),
    HAN(Character.UnicodeScript.HAN, "zh"),
    HIRAGANA(Character.UnicodeScript.HIRAGANA, "ja"),
    KATAKANA(Character.UnicodeScript.KATAKANA, "ja"),
    HANGUL(Character.UnicodeScript.HANGUL, "ko"),
    THAI(Character.UnicodeScript.THAI, "th"),
    DEVANAGARI(Character.UnicodeScript.DEVANAGARI, "hi");

    final Character.UnicodeScript script;
    final String language;

    Script(Character.UnicodeScript script, String language) {
      this.script = script;
      this.language = language;
    }
  }
}
