package io.purser.ingest;

/**
 * Replaces, in a delivery's JSON, the characters a database cannot store with U+FFFD (the
 * replacement character) before the delivery is parsed: NUL ({@code \u0000}, which PostgreSQL's
 * text types refuse outright) and lone UTF-16 surrogates, escaped ({@code \ud83d} without its pair)
 * or encoded as bytes (ED A0..BF xx, which no valid UTF-8 contains). Left in, NUL parked the
 * delivery on PostgreSQL, and a lone surrogate stored on H2 made every later read of the message
 * fail as JSON. Everything else, right-to-left marks, joined emoji, characters outside the basic
 * plane, passes untouched.
 *
 * <p>Each replacement has the length of what it replaces, so the body is rewritten in place (in a
 * copy, only when there is something to replace). The raw body in the inbox stays as it came: its
 * signature was computed over it.
 */
final class UnstorableCharacters {

  private static final byte[] ESCAPED_REPLACEMENT = {'\\', 'u', 'f', 'f', 'f', 'd'};
  private static final byte[] ENCODED_REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private UnstorableCharacters() {}

  /** The body with unstorable characters replaced; the same array when it has none. */
  static byte[] replacedIn(byte[] json) {
    byte[] out = json;
    int i = 0;
    while (i < json.length) {
      int b = json[i] & 0xFF;
      if (b == '\\') {
        int width = escapeWidth(json, i);
        if (width < 0) {
          out = replace(out, json, i, ESCAPED_REPLACEMENT);
          i += ESCAPED_REPLACEMENT.length;
        } else {
          i += width;
        }
      } else if (b == 0xED && i + 2 < json.length && (json[i + 1] & 0xFF) >= 0xA0) {
        out = replace(out, json, i, ENCODED_REPLACEMENT);
        i += ENCODED_REPLACEMENT.length;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * How many bytes the escape at {@code at} spans (a pair of surrogates spans 12), or -1 when it
   * escapes an unstorable character. A backslash inside a JSON string always starts an escape, so
   * {@code \\u0000} is an escaped backslash followed by the text "u0000", not a NUL.
   */
  private static int escapeWidth(byte[] json, int at) {
    int unit = unicodeEscape(json, at);
    if (unit < 0) {
      return 2;
    }
    if (unit == 0 || Character.isLowSurrogate((char) unit)) {
      return -1;
    }
    if (Character.isHighSurrogate((char) unit)) {
      int next = unicodeEscape(json, at + 6);
      return next >= 0 && Character.isLowSurrogate((char) next) ? 12 : -1;
    }
    return 6;
  }

  /** The UTF-16 unit of a {@code \}{@code uXXXX} escape at {@code at}, or -1 if there is none. */
  private static int unicodeEscape(byte[] json, int at) {
    if (at + 5 >= json.length || json[at] != '\\' || json[at + 1] != 'u') {
      return -1;
    }
    int unit = 0;
    for (int k = at + 2; k < at + 6; k++) {
      int digit = Character.digit(json[k], 16);
      if (digit < 0) {
        return -1;
      }
      unit = unit * 16 + digit;
    }
    return unit;
  }

  private static byte[] replace(byte[] out, byte[] json, int at, byte[] replacement) {
    byte[] copy = out == json ? json.clone() : out;
    System.arraycopy(replacement, 0, copy, at, replacement.length);
    return copy;
  }
}
