package io.purser.triage;

import io.purser.triage.decision.CategoryPolicy;
import io.purser.triage.decision.SentimentBias;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.StrongestWords;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.Features;
import io.purser.triage.text.MessageText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentiment of a message that is not in English: the model's multilingual sentiment head, with the
 * decision offsets chosen for the detected language, and the needs-response threshold chosen for
 * that head. Used only for the languages the head was trained on (those with offsets in the model);
 * English, undetermined and every other language keep the English head, exactly as before.
 * Immutable and thread-safe.
 */
final class MultilingualSentiment {

  private static final List<String> LABELS = List.of("negative", "neutral", "positive");
  private static final double DEFAULT_NEGATIVE_THRESHOLD = 0.5;

  private final LinearHead head;
  private final Map<String, SentimentBias> biases;
  private final CategoryPolicy categories;

  private MultilingualSentiment(
      LinearHead head, Map<String, SentimentBias> biases, CategoryPolicy categories) {
    this.head = head;
    this.biases = Map.copyOf(biases);
    this.categories = categories;
  }

  /** The multilingual sentiment of {@code model}, or {@code null} when it has no such head. */
  static MultilingualSentiment of(TriageModel model) {
    LinearHead head = model.sentimentMultilingual().orElse(null);
    if (head == null) {
      return null;
    }
    if (!head.labels().equals(LABELS)) {
      throw new IllegalArgumentException("expected multilingual sentiment labels " + LABELS);
    }
    Map<String, SentimentBias> biases = new HashMap<>();
    String prefix = TriageModel.SENTIMENT_MULTILINGUAL + ".bias.";
    String suffix = ".neutral";
    for (String name : model.thresholds().keySet()) {
      if (name.startsWith(prefix) && name.endsWith(suffix)) {
        String language = name.substring(prefix.length(), name.length() - suffix.length());
        biases.put(
            language,
            new SentimentBias(
                new double[] {
                  0,
                  model.threshold(TriageModel.multilingualBias(language, "neutral"), 0),
                  model.threshold(TriageModel.multilingualBias(language, "positive"), 0)
                }));
      }
    }
    double threshold =
        model.threshold(
            TriageModel.NEEDS_RESPONSE_NEGATIVE_MULTILINGUAL, DEFAULT_NEGATIVE_THRESHOLD);
    return new MultilingualSentiment(head, biases, new CategoryPolicy(threshold));
  }

  /** Whether texts in {@code language} are read by this head rather than the English one. */
  boolean reads(String language) {
    return biases.containsKey(language);
  }

  double[] probabilities(Features features) {
    return head.probabilities(features);
  }

  /** The category policy with this head's needs-response threshold. */
  CategoryPolicy categories() {
    return categories;
  }

  /** The sentiment for probabilities {@code p} of a text in {@code language}, with its reason. */
  Sentiment decide(
      double[] p, String language, MessageText message, Features features, List<String> reasons) {
    int best = biases.get(language).decide(p);
    String label = LABELS.get(best);
    reasons.add(
        StrongestWords.explain(
            head, "sentiment", label, best, p[best], message.tokens(), features));
    return Sentiment.fromWireName(label);
  }
}
