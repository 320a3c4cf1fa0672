package io.purser.triage.language;

import io.purser.triage.text.MessageText;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells the language of a short social message, among the languages a workspace serves. Non-Latin
 * scripts are told by their Unicode script (Arabic, and Cyrillic, Han… when any language is
 * served); a message whose frequent words leave no doubt is decided by the {@link LexiconVote
 * lexicon} (a couple of microseconds); the others by Lingua's n-gram models ({@link LinguaModels}),
 * which read the message without its links and mentions, with a little weight from the lexicon. Too
 * short to tell (no word, or one short word that several languages share) is {@code und}.
 *
 * <p>A language the workspace does not serve is {@code und} as well, with the language recognised
 * in the reason: routing sends an undetermined message to any agent, where a wrong language would
 * send it silently to an agent who cannot read it (or to none). Lingua always compares all the
 * supported languages, because only then can a Spanish message be told from a French one in an
 * English and French workspace. Immutable and thread-safe.
 */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";

  /** The languages Purser identifies and triages. */
  public static final Set<String> SUPPORTED = Set.of("en", "es", "fr", "de", "pt", "it", "ar");

  /** Lingua's confidences count, and the lexicon's scores are added at this weight. */
  private static final double LEXICON_WEIGHT = 0.05;

  /** A single word not in the lexicon and shorter than this is too short to tell. */
  private static final int MIN_UNKNOWN_WORD = 6;

  private static final LexiconVote LEXICON = new LexiconVote();

  private final Set<String> served;
  private final int[] lexiconToLingua;

  private LanguageDetector(Set<String> served) {
    this.served = served;
    LinguaModels.load();
    this.lexiconToLingua = new int[LEXICON.languages().size()];
    for (int l = 0; l < lexiconToLingua.length; l++) {
      lexiconToLingua[l] = -1;
      for (int m = 0; m < LinguaModels.LANGUAGES.length; m++) {
        if (LinguaModels.code(m).equals(LEXICON.languages().get(l))) {
          lexiconToLingua[l] = m;
        }
      }
    }
  }

  /** A detector that may answer any language it recognises. */
  public static LanguageDetector anyLanguage() {
    return new LanguageDetector(null);
  }

  /**
   * A detector that answers only the given languages (ISO 639-1 codes, any case) and {@code und};
   * codes Purser does not support are ignored.
   */
  public static LanguageDetector serving(Set<String> languages) {
    Set<String> served = new TreeSet<>();
    for (String language : languages) {
      String code = language.toLowerCase(Locale.ROOT);
      if (SUPPORTED.contains(code)) {
        served.add(code);
      }
    }
    return new LanguageDetector(Set.copyOf(served));
  }

  /** The languages answered, or {@code null} when any is. */
  public Set<String> served() {
    return served;
  }

  /** The language of a message already read. */
  public LanguageDetection detect(MessageText message) {
    if (ScriptVote.mayBeNonLatin(message.padded())) {
      // Counted without links, mentions and the # of hashtags: "Apple ID" in an Arabic message
      // is a name, and a link's letters are not the customer's.
      String script = ScriptVote.dominantNonLatin(DetectionText.of(message.original()));
      if (script != null) {
        return decided(script, "script");
      }
    }
    float[] scores = LEXICON.scores(message);
    int words = 0;
    String onlyWord = null;
    for (String token : message.tokens()) {
      if (isWord(token)) {
        words++;
        onlyWord = token;
      }
    }
    if (words == 0 || (words == 1 && tooShort(onlyWord))) {
      return new LanguageDetection(UNDETERMINED, "too_short", UNDETERMINED);
    }
    int certain = LexiconVote.certain(scores);
    if (certain >= 0) {
      return decided(LEXICON.languages().get(certain), "words");
    }
    return lingua(DetectionText.of(message.original()), scores);
  }

  private LanguageDetection lingua(String text, float[] scores) {
    double[] confidence = LinguaModels.confidences(text);
    for (int l = 0; l < scores.length; l++) {
      if (lexiconToLingua[l] >= 0) {
        confidence[lexiconToLingua[l]] += LEXICON_WEIGHT * scores[l];
      }
    }
    int best = -1;
    for (int m = 0; m < confidence.length; m++) {
      if (confidence[m] > 0 && (best < 0 || confidence[m] > confidence[best])) {
        best = m;
      }
    }
    if (best < 0) {
      return new LanguageDetection(UNDETERMINED, "too_short", UNDETERMINED);
    }
    return decided(LinguaModels.code(best), "lingua");
  }

  /**
   * The lexicon's score for one of Lingua's languages (0 when the lexicon has no such language).
   */
  private float lexiconScore(float[] scores, int linguaIndex) {
    for (int l = 0; l < lexiconToLingua.length; l++) {
      if (lexiconToLingua[l] == linguaIndex) {
        return scores[l];
      }
    }
    return 0;
  }

  /**
   * One word says too little when it has one or two letters ("ok" and "no" are written in every
   * language), when several languages share it, or when it is unknown and short.
   */
  private boolean tooShort(String word) {
    int letters = word.codePointCount(0, word.length());
    int owners = LEXICON.owners(word);
    return letters < 3 || owners > 1 || (owners == 0 && letters < MIN_UNKNOWN_WORD);
  }

  private LanguageDetection decided(String language, String rule) {
    if (served != null && !served.contains(language)) {
      return new LanguageDetection(UNDETERMINED, "not_served", language);
    }
    return new LanguageDetection(language, rule, language);
  }

  /**
   * A token with a letter that is not a mention, a link, a marker, an address or a code: letters
   * mixed with digits ("I6EP18", "64GB") are record locators and product names, in no language.
   */
  private static boolean isWord(String token) {
    if (token.isEmpty() || "@<".indexOf(token.charAt(0)) >= 0 || token.indexOf('@') >= 0) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
