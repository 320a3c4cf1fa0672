package io.purser.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.purser.triage.Triage;
import io.purser.triage.text.FeatureExtractor;
import io.purser.triage.text.Features;
import io.purser.triage.text.MessageText;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's path for the public model's shape gives exactly the sums of its general path. */
class SharedScorerTest {

  private static final String[] TEXTS = {
    "",
    "@united thanks, great crew but delayed again :(",
    "@AmericanAir not helpful at all. Cancelled Flighted!!! #worst",
    "@SouthwestAir can I change my flight to tomorrow? conf ABC123",
    "Je suis bloqué à Lyon, vol annulé",
    "😡😡😡 http://t.co/xyz",
    "SOOOO GOOD love it <3",
    "x".repeat(3_000)
  };

  private static TriageModel shippedModel() throws IOException {
    try (InputStream in = Triage.class.getResourceAsStream(Triage.DEFAULT_MODEL)) {
      return ModelCodec.read(in);
    }
  }

  @Test
  void theSentimentAndIntentPathAddsExactlyWhatTheGeneralPathAdds() throws IOException {
    TriageModel model = shippedModel();
    assertThat(model.sentiment().labels()).hasSize(3);
    assertThat(model.intent().labels()).hasSize(9);
    SharedScorer scorer = new SharedScorer(List.of(model.sentiment(), model.intent()));
    FeatureExtractor extractor = model.extractor();
    for (String text : TEXTS) {
      Features features = extractor.extract(MessageText.of(text).tokens());
      assertThat(scorer.sentimentAndIntentSums(features))
          .as(text)
          .containsExactly(scorer.sums(features));
    }
  }

  /** A head alone scales each value before adding, the scorer after: equal to rounding. */
  @Test
  void eachHeadGetsTheProbabilitiesItGivesAlone() throws IOException {
    TriageModel model = shippedModel();
    SharedScorer scorer = new SharedScorer(List.of(model.sentiment(), model.intent()));
    FeatureExtractor extractor = model.extractor();
    for (String text : TEXTS) {
      Features features = extractor.extract(MessageText.of(text).tokens());
      double[][] both = scorer.probabilities(features);
      assertThat(both[0])
          .as(text)
          .containsExactly(model.sentiment().probabilities(features), within(1e-6));
      assertThat(both[1])
          .as(text)
          .containsExactly(model.intent().probabilities(features), within(1e-6));
    }
  }
}
