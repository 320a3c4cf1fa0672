package io.purser.triage.model;

import io.purser.triage.text.FeatureExtractor;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A trained triage model: its linear heads (sentiment, intent and, when a brand's labels provide
 * it, category) over one shared feature space, the decision thresholds chosen by cross-validation
 * on the training split, and its version.
 *
 * @param version a content hash, so the same training gives the same version
 * @param bits hash bits of the shared feature space
 * @param thresholds named decision thresholds, e.g. {@code needs_response.negative}
 * @param heads the heads by name
 */
public record TriageModel(
    String version, int bits, Map<String, Double> thresholds, Map<String, LinearHead> heads) {

  public static final String SENTIMENT = "sentiment";
  public static final String INTENT = "intent";
  public static final String CATEGORY = "category";
  public static final String NEEDS_RESPONSE_NEGATIVE = "needs_response.negative";
  public static final String SENTIMENT_BIAS_NEUTRAL = "sentiment.bias.neutral";
  public static final String SENTIMENT_BIAS_POSITIVE = "sentiment.bias.positive";

  /** The sentiment head for texts not in English, present when trained with multilingual data. */
  public static final String SENTIMENT_MULTILINGUAL = "sentiment_ml";

  public static final String NEEDS_RESPONSE_NEGATIVE_MULTILINGUAL = "needs_response.negative.ml";

  public TriageModel {
    Objects.requireNonNull(version, "model version is required");
    thresholds = Map.copyOf(thresholds);
    heads = java.util.Collections.unmodifiableMap(new TreeMap<>(heads));
    if (!heads.containsKey(SENTIMENT) || !heads.containsKey(INTENT)) {
      throw new IllegalArgumentException("a triage model needs a sentiment and an intent head");
    }
  }

  public LinearHead sentiment() {
    return heads.get(SENTIMENT);
  }

  public LinearHead intent() {
    return heads.get(INTENT);
  }

  /** The multilingual sentiment head, present when the model was trained with that data. */
  public Optional<LinearHead> sentimentMultilingual() {
    return Optional.ofNullable(heads.get(SENTIMENT_MULTILINGUAL));
  }

  /**
   * The name of the offset the multilingual sentiment decision adds to {@code label} for texts in
   * {@code language}, e.g. {@code sentiment_ml.bias.de.neutral}.
   */
  public static String multilingualBias(String language, String label) {
    return SENTIMENT_MULTILINGUAL + ".bias." + language + "." + label;
  }

  /** The category head, present only when the model was trained with category labels. */
  public Optional<LinearHead> category() {
    return Optional.ofNullable(heads.get(CATEGORY));
  }

  /** A threshold, or {@code fallback} when the model does not carry it. */
  public double threshold(String name, double fallback) {
    return thresholds.getOrDefault(name, fallback);
  }

  /** A feature extractor matching this model's feature space. */
  public FeatureExtractor extractor() {
    return new FeatureExtractor(bits);
  }
}
