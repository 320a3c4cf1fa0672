package io.purser.triage.training;

import java.time.Instant;

/**
 * A text with the labels known for it; any label may be {@code null} (a brand's correction often
 * fixes only the intent).
 *
 * @param id a stable identifier (the tweet id, or the row number of a labels file)
 * @param text the message text
 * @param sentiment negative, neutral or positive
 * @param intent an intent's wire name
 * @param category a category's wire name
 * @param createdAt when it was written, or {@code null}
 * @param confidence how sure the labellers were of the sentiment (0..1; 1 for a brand's own
 *     corrections): training weighs each example by it, so disputed labels teach less
 * @param language the ISO 639-1 code of the text's language when the data says it ({@code en} for
 *     the airline tweets), or {@code null}: the English heads learn from {@code en} and unknown
 *     texts, the multilingual sentiment head from the others
 */
public record LabelledText(
    long id,
    String text,
    String sentiment,
    String intent,
    String category,
    Instant createdAt,
    double confidence,
    String language) {

  /** Whether the English heads learn from this text: English, or of a language not given. */
  public boolean isEnglish() {
    return language == null || language.equals("en");
  }
}
