package io.purser.conversation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
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

  /**
   * Endings cut from a query's word so that it finds the word's other forms in English, French and
   * Spanish, longest first: {@code delayed} and {@code delays} look for {@code delay…}, {@code
   * annulée} for {@code annul…}, {@code retrasado} and {@code retraso} for {@code retras…}.
   */
  private static final List<String> ENDINGS =
      List.of(
          "ements", "ations", "ement", "ation", "iendo", "ings", "edly", "ando", "ados", "adas",
          "idos", "idas", "ing", "ied", "ies", "ees", "ado", "ada", "ido", "ida", "ed", "er", "ez",
          "ee", "es", "os", "as", "a", "e", "o", "s", "x");

  /** A stem shorter than this is not cut further: {@code times} stays {@code time…}. */
  private static final int SHORTEST_STEM = 4;

  /** A query word shorter than this is looked up whole, not as the start of longer words. */
  public static final int SHORTEST_PREFIX = 3;

  /**
   * What a word of a query (already cut by {@link #of}) looks for: the start of the indexed words
   * that count as a match. Its simple stem ({@code delayed} → {@code delay}, {@code cancelled} →
   * {@code cancel}, {@code annule} → {@code annul}) when the word has one, else the word itself; so
   * {@code delay} finds {@code delayed} and {@code cancelled} finds {@code canceled}. Words shorter
   * than {@link #SHORTEST_PREFIX} are matched whole: {@link #matches} then asks for equality.
   */
  public static String stem(String word) {
    for (var ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
        var stem = word.substring(0, word.length() - ending.length());
        int n = stem.length();
        // cancell(ed) → cancel, stopp(ed) → stop: a doubled final consonant is the ending's.
        if (n > SHORTEST_STEM
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && "aeiouy".indexOf(stem.charAt(n - 1)) < 0) {
          stem = stem.substring(0, n - 1);
        }
        return stem;
      }
    }
    return word;
  }

  /** Whether an indexed word matches a query word's {@link #stem}: it begins with it. */
  public static boolean matches(String indexed, String stem) {
    return stem.length() < SHORTEST_PREFIX ? indexed.equals(stem) : indexed.startsWith(stem);
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

  /** A text as search compares it: lower case, accents removed. */
  public static String fold(String text) {
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
