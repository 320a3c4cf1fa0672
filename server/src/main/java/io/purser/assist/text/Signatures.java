package io.purser.assist.text;

import java.util.regex.Pattern;

/**
 * Removes what belongs to one agent or one exchange rather than to the answer: the agent's
 * signature at the end ({@code *TMC}, {@code ^NA}, {@code -AB}, {@code ^Rach}) and the {@code
 * __cust__} / {@code __company__} placeholders the data puts where the handles were.
 */
public final class Signatures {

  private static final Pattern SIGNATURE =
      Pattern.compile("(?:\\s*(?:[*^~]|\\s[-–])\\s?\\p{Lu}[\\p{L}]{0,5}\\.?)+\\s*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("__(?:cust|company)__");

  private Signatures() {}

  /** The text without its trailing signature(s) and placeholders, spaces collapsed. */
  public static String strip(String reply) {
    String text = PLACEHOLDER.matcher(reply).replaceAll(" ");
    text = SIGNATURE.matcher(text.strip()).replaceAll("");
    return text.replaceAll("\\s+", " ").strip();
  }
}
