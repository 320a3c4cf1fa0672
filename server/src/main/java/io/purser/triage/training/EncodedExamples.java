package io.purser.triage.training;

import io.purser.triage.decision.MessageSignals;
import io.purser.triage.text.FeatureExtractor;
import io.purser.triage.text.Features;
import io.purser.triage.text.MessageText;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled texts with their features and cues computed once, for training and cross-validation.
 *
 * @param texts the labelled texts
 * @param features the features of each text
 * @param signals the cues of each text, read as public posts
 */
record EncodedExamples(
    List<LabelledText> texts, List<Features> features, List<MessageSignals> signals) {

  static EncodedExamples encode(List<LabelledText> texts, FeatureExtractor extractor) {
    List<Features> features = new ArrayList<>(texts.size());
    List<MessageSignals> signals = new ArrayList<>(texts.size());
    for (LabelledText text : texts) {
      MessageText message = MessageText.of(text.text());
      features.add(extractor.extract(message.tokens()));
      signals.add(MessageSignals.of(message, true, false));
    }
    return new EncodedExamples(List.copyOf(texts), features, signals);
  }

  int size() {
    return texts.size();
  }
}
