package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.triage.model.LinearHead;
import io.purser.triage.model.TriageModel;
import io.purser.triage.training.LabelledText;
import io.purser.triage.training.MultilingualData;
import io.purser.triage.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts beyond English train their own sentiment head and leave the English heads untouched. */
class MultilingualTrainingTest {

  static List<LabelledText> spanish() {
    String[][] rows = {
      {"vuelo cancelado otra vez, vergonzoso", "negative"},
      {"tres horas de retraso y nadie informa", "negative"},
      {"me habéis perdido la maleta", "negative"},
      {"pésimo servicio, nunca más", "negative"},
      {"muchas gracias, todo perfecto", "positive"},
      {"excelente atención, muy amables", "positive"},
      {"genial el vuelo, llegamos antes", "positive"},
      {"mañana vuelo a Lima", "neutral"},
      {"a qué hora abre el mostrador", "neutral"},
      {"ya estoy en la puerta de embarque", "neutral"},
    };
    List<LabelledText> texts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      for (String[] row : rows) {
        String text = row[0] + " " + i;
        texts.add(
            new LabelledText(i * 100L + texts.size(), text, row[1], null, null, null, 1, "es"));
      }
    }
    return texts;
  }

  @Test
  void theEnglishHeadsAreBitForBitTheSameWithOrWithoutOtherLanguages() throws Exception {
    TriageModel english = Trainer.train(TrainingTest.sample(), TrainingTest.SMALL).model();
    List<LabelledText> both = new ArrayList<>(TrainingTest.sample());
    both.addAll(spanish());
    TriageModel multilingual = Trainer.train(both, TrainingTest.SMALL).model();

    assertThat(english.sentimentMultilingual()).isEmpty();
    assertThat(multilingual.sentimentMultilingual()).isPresent();
    for (String name : List.of(TriageModel.SENTIMENT, TriageModel.INTENT)) {
      LinearHead a = english.heads().get(name);
      LinearHead b = multilingual.heads().get(name);
      for (int bucket = 0; bucket < (1 << a.bits()); bucket++) {
        for (int label = 0; label < a.labels().size(); label++) {
          assertThat(b.weight(bucket, label)).isEqualTo(a.weight(bucket, label));
        }
      }
    }
    // The Spanish texts brought their own decision offsets, and the English ones are kept.
    assertThat(multilingual.thresholds())
        .containsKey(TriageModel.multilingualBias("es", "neutral"))
        .containsKey(TriageModel.NEEDS_RESPONSE_NEGATIVE_MULTILINGUAL)
        .containsEntry(
            TriageModel.SENTIMENT_BIAS_NEUTRAL,
            english.threshold(TriageModel.SENTIMENT_BIAS_NEUTRAL, Double.NaN));
  }

  @Test
  void theHeldOutSplitIsFixedByTheTextAlone() {
    // CRC-32 of the UTF-8 bytes, as Python computes it: zlib.crc32("Verspätung".encode()) is
    // 1354022490 (divisible by 5: held out), "perdí mi conexión" 1740044647, "hola" 1872820616.
    assertThat(MultilingualData.isTest("Verspätung")).isTrue();
    assertThat(MultilingualData.isTest("perdí mi conexión")).isFalse();
    assertThat(MultilingualData.isTest("hola")).isFalse();
    int held = 0;
    for (int i = 0; i < 1000; i++) {
      held += MultilingualData.isTest("texto número " + i) ? 1 : 0;
    }
    assertThat(held).isBetween(150, 250);
  }
}
