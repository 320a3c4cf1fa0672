package io.purser.triage.training;

import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.model.HeadTrainer;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.ModelCodec;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.FeatureExtractor;
import io.purser.triage.text.Features;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Trains a complete triage model from labelled texts: the sentiment and intent heads, a category
 * head when the texts carry category labels (a brand's corrections), and the needs-response
 * threshold chosen by cross-validation.
 */
public final class Trainer {

  static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");

  private Trainer() {}

  /**
   * The trained, quantised and versioned model, plus what cross-validation measured. The English
   * heads learn from the texts in English or of no stated language, exactly as before there was
   * multilingual data; the texts in other languages train the multilingual sentiment head, when
   * there are any.
   */
  public static TrainingOutcome train(List<LabelledText> texts, TrainingSettings settings) {
    FeatureExtractor extractor = new FeatureExtractor(settings.bits());
    EncodedExamples all =
        EncodedExamples.encode(texts.stream().filter(LabelledText::isEnglish).toList(), extractor);
    CrossValidation.Report report = CrossValidation.run(all, settings);
    Map<String, LinearHead> heads = trainHeads(all, settings);
    double[] offsets = report.sentimentBias().offsets();
    Map<String, Double> thresholds = new TreeMap<>();
    thresholds.put(TriageModel.NEEDS_RESPONSE_NEGATIVE, report.negativeThreshold());
    thresholds.put(TriageModel.SENTIMENT_BIAS_NEUTRAL, offsets[1]);
    thresholds.put(TriageModel.SENTIMENT_BIAS_POSITIVE, offsets[2]);
    List<LabelledText> others =
        texts.stream().filter(t -> !t.isEnglish() && t.sentiment() != null).toList();
    MultilingualTrainer.Outcome multilingual = null;
    if (!others.isEmpty()) {
      multilingual = MultilingualTrainer.train(EncodedExamples.encode(others, extractor), settings);
      heads.put(TriageModel.SENTIMENT_MULTILINGUAL, multilingual.head());
      thresholds.putAll(multilingual.thresholds());
    }
    TriageModel model =
        ModelCodec.finish(new TriageModel("unversioned", settings.bits(), thresholds, heads));
    return new TrainingOutcome(model, report, multilingual);
  }

  /** Trains every head the examples have labels for. */
  static Map<String, LinearHead> trainHeads(EncodedExamples examples, TrainingSettings settings) {
    // Naive-Bayes scaling is for the sentiment head only: in CV it cost the intent head.
    TrainingSettings plain = settings.withNaiveBayesScaling(false);
    Map<String, LinearHead> heads = new LinkedHashMap<>();
    heads.put(
        TriageModel.SENTIMENT,
        head(TriageModel.SENTIMENT, SENTIMENTS, examples, LabelledText::sentiment, true, settings));
    heads.put(
        TriageModel.INTENT,
        head(
            TriageModel.INTENT,
            labelsIn(examples, LabelledText::intent, Intent.values()),
            examples,
            LabelledText::intent,
            false,
            plain));
    List<String> categories = labelsIn(examples, LabelledText::category, Category.values());
    if (categories.size() >= 2) {
      heads.put(
          TriageModel.CATEGORY,
          head(TriageModel.CATEGORY, categories, examples, LabelledText::category, false, plain));
    }
    return heads;
  }

  static LinearHead head(
      String name,
      List<String> labels,
      EncodedExamples examples,
      Function<LabelledText, String> label,
      boolean weighByConfidence,
      TrainingSettings settings) {
    List<Features> features = new ArrayList<>();
    int[] targets = new int[examples.size()];
    double[] weights = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      LabelledText text = examples.texts().get(i);
      int target = labels.indexOf(label.apply(text));
      if (target >= 0) {
        weights[features.size()] = weighByConfidence ? text.confidence() : 1.0;
        targets[features.size()] = target;
        features.add(examples.features().get(i));
      }
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("no training example has a " + name + " label");
    }
    return HeadTrainer.train(
        name,
        labels,
        features,
        Arrays.copyOf(targets, features.size()),
        Arrays.copyOf(weights, features.size()),
        settings);
  }

  /** The labels present in the examples, in the enum's order so the model is reproducible. */
  private static List<String> labelsIn(
      EncodedExamples examples, Function<LabelledText, String> label, Enum<?>[] order) {
    List<String> present = new ArrayList<>();
    for (Enum<?> value : order) {
      String wire = value.name().toLowerCase(java.util.Locale.ROOT);
      if (examples.texts().stream().anyMatch(t -> wire.equals(label.apply(t)))) {
        present.add(wire);
      }
    }
    return present;
  }
}
