package io.purser.triage.language;

/**
 * What the language detector decided and why.
 *
 * @param language the ISO 639-1 code of the message's language, or {@code und} (undetermined: too
 *     short to tell, or a language no one in the workspace serves)
 * @param rule how it was decided: {@code script} (a non-Latin script), {@code words} (the lexicon
 *     was certain), {@code lingua}, {@code too_short} or {@code not_served}
 * @param detected the language recognised, also when it is not served ({@code und} if none)
 */
public record LanguageDetection(String language, String rule, String detected) {

  /** The reason as triage lists it, e.g. {@code language:es rule=lingua}. */
  public String reason() {
    return "language:"
        + language
        + " rule="
        + rule
        + (language.equals(detected) ? "" : " detected=" + detected);
  }
}
