package io.purser.conversation.domain;

import java.util.Locale;

/** Tags as stored: "Refund", " refund" and "#refund" are one tag. */
public final class Tags {

  /** The longest tag, in UTF-16 units. */
  public static final int LONGEST = 64;

  private Tags() {}

  /** A tag as stored: trimmed, lower-case, inner spaces as dashes; null when nothing is left. */
  public static String normalise(String tag) {
    if (tag == null) {
      return null;
    }
    var cleaned = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    if (cleaned.startsWith("#")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.isEmpty()) {
      return null;
    }
    // Cut in UTF-16 units, not splitting a pair: H2 counts units where PostgreSQL counts
    // characters, so 64 emoji (128 units) would not fit H2's varchar(64).
    if (cleaned.length() <= LONGEST) {
      return cleaned;
    }
    int end = Character.isHighSurrogate(cleaned.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
    return cleaned.substring(0, end);
  }
}
