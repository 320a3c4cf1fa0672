package io.purser.conversation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words search knows a conversation by, and the words of a query, cut the same way: lower case,
 * accents removed ({@code annulé} is found by {@code annule}), split at anything but letters, digits
 * and {@code _}, one-character words left out. A customer's handle is kept whole as {@code
 * @handle}, so {@code @sam} finds Sam's conversations and not every text that says "sam".
 */
public final class SearchWords {

  /** The longest term stored; longer words are cut (the column is {@code varchar(64)}). */
  public static final int LONGEST = 64;

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SearchWords() {}

  /** The words of a text, in order of first appearance, each once. */
  public static Set<String> of(String text) {
    var words = new LinkedHashSet<String>();
    if (text == null || text.isBlank()) {
      return words;
    }
    for (var word : SEPARATORS.split(fold(text))) {
      if (word.length() > 1) {
        words.add(word.length() > LONGEST ? word.substring(0, LONGEST) : word);
      }
    }
    return words;
  }

  /** The term of a handle ({@code @name}), or null when there is none. */
  public static String handle(String handle) {
    if (handle == null) {
      return null;
    }
    var bare = fold(handle.strip());
    bare = bare.startsWith("@") ? bare.substring(1) : bare;
    if (bare.isEmpty()) {
      return null;
    }
    var term = "@" + bare;
    return term.length() > LONGEST ? term.substring(0, LONGEST) : term;
  }

  /**
   * Everything a message makes findable: its words and, for a customer's message, the customer's
   * name and handle as written on it.
   */
  public static Set<String> ofMessage(
      String text, boolean inbound, String authorName, String authorHandle) {
    var terms = of(text);
    if (inbound) {
      terms.addAll(of(authorName));
      var handle = handle(authorHandle);
      if (handle != null) {
        terms.add(handle);
      }
    }
    return terms;
  }

  private static String fold(String text) {
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
