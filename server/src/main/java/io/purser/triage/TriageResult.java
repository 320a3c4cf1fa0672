package io.purser.triage;

import java.util.List;
import java.util.Objects;

/**
 * Everything triage decided about one message, with its reasons.
 *
 * @param language ISO 639-1 code ({@code en}, {@code fr}, …) or {@code und} when undecidable
 * @param personalData personal data found, in text order
 * @param needsResponse whether the message belongs in the service queue (after brand rules)
 * @param category request, question, complaint, praise, marketing_engagement, spam or chatter
 * @param intent what the message is about
 * @param sentiment negative, neutral or positive
 * @param urgency high, normal or low, with its reason
 * @param brandActions what the brand's own rules decided
 * @param reasons why: rules fired and strongest features, e.g. {@code sentiment:negative p=0.93
 *     (+"delayed", +"again")}
 * @param modelVersion the version of the model that decided
 */
public record TriageResult(
    String language,
    List<PersonalData> personalData,
    boolean needsResponse,
    Category category,
    Intent intent,
    Sentiment sentiment,
    Urgency urgency,
    BrandActions brandActions,
    List<String> reasons,
    String modelVersion) {

  public TriageResult {
    Objects.requireNonNull(language, "language is required");
    personalData = List.copyOf(personalData);
    Objects.requireNonNull(category, "category is required");
    Objects.requireNonNull(intent, "intent is required");
    Objects.requireNonNull(sentiment, "sentiment is required");
    Objects.requireNonNull(urgency, "urgency is required");
    Objects.requireNonNull(brandActions, "brandActions is required");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(modelVersion, "modelVersion is required");
  }

  /**
   * The text with payment card numbers replaced by their masked form (all but the last four digits
   * hidden), ready for storage. Other personal data is kept: agents need it to act.
   *
   * @param original the exact text this result was computed from
   */
  public String maskedText(String original) {
    return maskedText(original, List.of(PersonalDataKind.PAYMENT_CARD));
  }

  /** The text with every finding of the given kinds replaced by its masked form. */
  public String maskedText(String original, List<PersonalDataKind> kinds) {
    String text = original == null ? "" : original;
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (PersonalData found : personalData) {
      if (!kinds.contains(found.kind()) || found.end() > text.length() || found.start() < copied) {
        continue;
      }
      out.append(text, copied, found.start()).append(found.masked());
      copied = found.end();
    }
    return out.append(text, copied, text.length()).toString();
  }
}
