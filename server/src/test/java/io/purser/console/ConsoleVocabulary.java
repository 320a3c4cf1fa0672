package io.purser.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The console's two languages as the bundles define them, and the English words a French page must
 * not show: the words of every English value whose French value differs, minus every word some
 * French value uses too ("Agent", "Message", "SLA" are French as well), plus a few words the Java
 * side has rendered in English in the past ({@link #EXTRA}). Each English word remembers the first
 * key it comes from, so a failure names the key to translate.
 */
final class ConsoleVocabulary {

  /** The bundles the console reads ({@code spring.messages.basename}). */
  static final Set<String> BUNDLES = Set.of("messages", "airline-messages");

  /**
   * English words that reached French pages from Java code rather than from a bundle (airline and
   * triage words, function words): they count even though no bundle value holds them.
   */
  static final Set<String> EXTRA =
      Set.of(
          "the",
          "and",
          "of",
          "for",
          "with",
          "from",
          "to",
          "was",
          "is",
          "are",
          "not",
          "this",
          "your",
          "you",
          "after",
          "before",
          "departs",
          "arrives",
          "waived",
          "pay",
          "change",
          "schedule",
          "economy",
          "business",
          "premium",
          "first",
          "passenger",
          "seat",
          "photo",
          "video",
          "gif",
          "requested",
          "approved",
          "rejected",
          "changed",
          "confirmation",
          "sent",
          "failed",
          "done",
          "high",
          "low",
          "urgent",
          "negative",
          "positive",
          "neutral",
          "request",
          "question",
          "complaint",
          "rebooking",
          "delay",
          "cancellation",
          "refund",
          "baggage",
          "true",
          "false",
          "none",
          "unknown",
          "error",
          "retry");

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  // Placeholders ({0}, {1,number,#}) and the syntax of choice formats ({0,choice,0#…|1<…}).
  private static final Pattern SYNTAX = Pattern.compile("\\{\\d+(,[a-z]+(,[#0.]+)?)?\\}?|\\d+[#<]");

  private final Map<String, String> englishWordKeys = new TreeMap<>();
  private final Set<String> frenchWords = new TreeSet<>();

  private ConsoleVocabulary() {}

  /** The vocabulary of the console's bundles as they are on the classpath. */
  static ConsoleVocabulary load() {
    var vocabulary = new ConsoleVocabulary();
    for (var bundle : BUNDLES) {
      var english = bundle(bundle + ".properties");
      var french = bundle(bundle + "_fr.properties");
      french.values().forEach(v -> vocabulary.frenchWords.addAll(words(v)));
      english.forEach(
          (key, value) -> {
            if (!value.equals(french.get(key))) {
              words(value).forEach(w -> vocabulary.englishWordKeys.putIfAbsent(w, key));
            }
          });
    }
    EXTRA.forEach(w -> vocabulary.englishWordKeys.putIfAbsent(w, "(not from a bundle)"));
    vocabulary.englishWordKeys.keySet().removeAll(vocabulary.frenchWords);
    return vocabulary;
  }

  /** A bundle's keys and values, read as Spring reads them (UTF-8). */
  static Map<String, String> bundle(String file) {
    var stream = ConsoleVocabulary.class.getClassLoader().getResourceAsStream(file);
    if (stream == null) {
      throw new IllegalStateException("no " + file + " on the classpath");
    }
    try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      var properties = new Properties();
      properties.load(reader);
      var values = new TreeMap<String, String>();
      properties.forEach((k, v) -> values.put((String) k, (String) v));
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The words of a text, lower case, without message-format syntax. */
  static Set<String> words(String text) {
    var found = new TreeSet<String>();
    WORD.matcher(SYNTAX.matcher(text).replaceAll(" "))
        .results()
        .map(m -> m.group().toLowerCase(Locale.ROOT))
        .forEach(found::add);
    return found;
  }

  /** Whether the word (any case) is English and not French. */
  boolean isEnglish(String word) {
    return englishWordKeys.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The message key an English word first comes from, to say what to translate. */
  String keyOf(String word) {
    return englishWordKeys.get(word.toLowerCase(Locale.ROOT));
  }

  /** The English words of a text, each once, in the order they first appear. */
  Stream<String> englishWordsIn(String text) {
    return WORD.matcher(text).results().map(m -> m.group()).filter(this::isEnglish).distinct();
  }

  Set<String> englishWords() {
    return englishWordKeys.keySet();
  }
}
