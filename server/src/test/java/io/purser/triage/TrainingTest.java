package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.purser.triage.model.LinearHead;
import io.purser.triage.model.ModelCodec;
import io.purser.triage.model.SharedScorer;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.Features;
import io.purser.triage.text.MessageText;
import io.purser.triage.training.LabelledText;
import io.purser.triage.training.LabelsFile;
import io.purser.triage.training.Trainer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {

  static final TrainingSettings SMALL = new TrainingSettings(12, 3, 0.1, 1e-6, 0.5, 7, 2, false);

  static List<LabelledText> sample() throws IOException, URISyntaxException {
    return LabelsFile.read(
        Path.of(TrainingTest.class.getResource("/triage/sample-labels.csv").toURI()));
  }

  @Test
  void sameDataAndSeedGiveIdenticalModelBytes() throws Exception {
    byte[] first = ModelCodec.write(Trainer.train(sample(), SMALL).model());
    byte[] second = ModelCodec.write(Trainer.train(sample(), SMALL).model());

    assertThat(first).isEqualTo(second);
  }

  @Test
  void naiveBayesScalingIsReproducibleAndChangesOnlyTheSentimentHead() throws Exception {
    TrainingSettings scaled = SMALL.withNaiveBayesScaling(true);

    byte[] first = ModelCodec.write(Trainer.train(sample(), scaled).model());
    byte[] second = ModelCodec.write(Trainer.train(sample(), scaled).model());
    TriageModel plain = Trainer.train(sample(), SMALL).model();
    TriageModel nb = ModelCodec.read(first);

    assertThat(first).isEqualTo(second);
    assertThat(nb.version()).isNotEqualTo(plain.version());
    assertThat(nb.intent().weight(1, 0)).isEqualTo(plain.intent().weight(1, 0));
    assertThat(TrainingSettings.defaults(42).naiveBayesScaling()).isTrue();
  }

  @Test
  void onlyTheSentimentHeadReadsTheLexiconAndTheSharedScorerAgreesWithEachHead() throws Exception {
    TriageModel model = Trainer.train(sample(), SMALL).model();
    LinearHead sentiment = model.sentiment();
    LinearHead intent = model.intent();
    LinearHead category = model.category().orElseThrow();
    // Sentiment given last: the scorer lays out the heads that read all features first.
    SharedScorer scorer = new SharedScorer(List.of(intent, category, sentiment));
    Features features =
        model.extractor().extract(MessageText.of("thanks, great crew but delayed again").tokens());

    double[][] p = scorer.probabilities(features);

    assertThat(sentiment.view()).isEqualTo(Features.View.ALL);
    assertThat(intent.view()).isEqualTo(Features.View.SHARED);
    assertThat(category.view()).isEqualTo(Features.View.SHARED);
    assertThat(features.count(Features.View.SHARED)).isLessThan(features.count(Features.View.ALL));
    assertThat(p[0]).containsExactly(intent.probabilities(features), within(1e-6));
    assertThat(p[1]).containsExactly(category.probabilities(features), within(1e-6));
    assertThat(p[2]).containsExactly(sentiment.probabilities(features), within(1e-6));
    assertThat(scorer.weight(1, 5, 1)).isEqualTo(category.weight(5, 1));
    assertThat(scorer.weight(2, 5, 2)).isEqualTo(sentiment.weight(5, 2));
  }

  @Test
  void anotherSeedGivesAnotherModel() throws Exception {
    TrainingSettings otherSeed = new TrainingSettings(12, 3, 0.1, 1e-6, 0.5, 8, 2, false);

    TriageModel a = Trainer.train(sample(), SMALL).model();
    TriageModel b = Trainer.train(sample(), otherSeed).model();

    assertThat(a.version()).isNotEqualTo(b.version());
  }

  @Test
  void brandCategoryLabelsAddACategoryHeadAndTheModelRoundTrips() throws Exception {
    TriageModel model = Trainer.train(sample(), SMALL).model();

    TriageModel read = ModelCodec.read(ModelCodec.write(model));

    assertThat(model.category()).isPresent();
    assertThat(read.category().orElseThrow().labels())
        .containsExactly("request", "marketing_engagement");
    assertThat(read.version()).isEqualTo(model.version());
    assertThat(Triage.of(read).classify(TriageRequest.ofText("lost bag")).modelVersion())
        .isEqualTo(model.version());
  }

  @Test
  void labelsFileNamesTheBadRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labels.csv");
    Files.writeString(file, "text,intent\nmy bag,baggage_lost\nhello,teleportation\n");

    assertThatThrownBy(() -> LabelsFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 3");
  }

  @Test
  void modelCodecRejectsAFileThatIsNotAModel() {
    assertThatThrownBy(() -> ModelCodec.read(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
