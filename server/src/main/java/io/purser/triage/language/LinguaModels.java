package io.purser.triage.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;

/**
 * Lingua's detector for the Latin-script languages Purser supports (Arabic is told by its script
 * before Lingua is asked). Lingua keeps its n-gram models in static tables, so one detector per JVM
 * is enough whatever the workspaces serve: it is built and its models loaded (a few seconds, about
 * 200 MB of heap in high-accuracy mode; see docs/triage.md) the first time a {@link
 * LanguageDetector} is made, never per message. High-accuracy mode: on tweet-length texts the low-
 * accuracy mode (trigrams only) lost 6 points on Portuguese.
 */
final class LinguaModels {

  /** The languages Lingua compares, in the order of {@link #confidences}. */
  static final Language[] LANGUAGES = {
    Language.ENGLISH,
    Language.SPANISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.PORTUGUESE,
    Language.ITALIAN
  };

  private LinguaModels() {}

  /** The ISO 639-1 code of each of {@link #LANGUAGES}. */
  static String code(int index) {
    return LANGUAGES[index].getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Lingua's confidence in each of {@link #LANGUAGES} for the text (the most likely at 1, the
   * others relative to it), all 0 when the text has no letter Lingua reads.
   */
  static double[] confidences(String text) {
    Map<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(text);
    double[] result = new double[LANGUAGES.length];
    for (int l = 0; l < LANGUAGES.length; l++) {
      Double v = values.get(LANGUAGES[l]);
      result[l] = v == null ? 0 : v;
    }
    return result;
  }

  /** Loads the models now (a JVM that triages should pay this at start, not on a message). */
  static void load() {
    java.util.Objects.requireNonNull(Holder.DETECTOR);
  }

  /**
   * Fails with the reason when a language's models are not on the classpath: the build copies only
   * these languages' models into the product (server/pom.xml, "slim-lingua").
   */
  static void requireModels() {
    for (int l = 0; l < LANGUAGES.length; l++) {
      String model = "/language-models/" + code(l) + "/fivegrams.json";
      if (LinguaModels.class.getResource(model) == null) {
        throw new IllegalStateException(
            "Lingua's model "
                + model
                + " is not on the classpath: add the language to \"slim-lingua\" in server/pom.xml");
      }
    }
  }

  /** Built on first use, once, by the JVM's class initialisation (thread-safe). */
  private static final class Holder {
    static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR = build();

    private static com.github.pemistahl.lingua.api.LanguageDetector build() {
      requireModels();
      return LanguageDetectorBuilder.fromLanguages(LANGUAGES).withPreloadedLanguageModels().build();
    }
  }
}
