package io.purser.triage.training;

import io.purser.triage.decision.CategoryPolicy;
import io.purser.triage.decision.IntentPolicy;
import io.purser.triage.decision.SentimentBias;
import io.purser.triage.eval.ClassificationScores;
import io.purser.triage.model.LinearHead;
import io.purser.triage.model.TrainingSettings;
import io.purser.triage.model.TriageModel;
import io.purser.triage.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Five-fold cross-validation on the training texts: measures sentiment and intent without touching
 * TEST, and chooses the needs-response threshold as the highest probability of negative sentiment
 * that still flags {@value #TARGET_RECALL} of the held-out complaints.
 */
public final class CrossValidation {

  static final int FOLDS = 5;
  static final double TARGET_RECALL = 0.98;

  /**
   * @param sentiment cross-validated sentiment scores, with the chosen bias
   * @param sentimentBias the offsets chosen for the sentiment decision
   * @param intent cross-validated intent scores (model only, on complaints with an intent label)
   * @param negativeThreshold the chosen needs-response threshold
   * @param recallOnComplaints held-out recall on complaints at that threshold
   * @param rateOnPositive held-out share of positive texts flagged at that threshold
   */
  public record Report(
      ClassificationScores sentiment,
      ClassificationScores intent,
      SentimentBias sentimentBias,
      double negativeThreshold,
      double recallOnComplaints,
      double rateOnPositive) {}

  /** The model alone is scored in cross-validation: no text, so no intent keyword applies. */
  private static final MessageText NO_TEXT = MessageText.of("");

  private CrossValidation() {}

  static Report run(EncodedExamples all, TrainingSettings settings) {
    double[][] sentimentOut = new double[all.size()][];
    String[] intentOut = new String[all.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Integer> heldOut = new ArrayList<>();
      EncodedExamples rest = split(all, fold, heldOut);
      Map<String, LinearHead> heads = Trainer.trainHeads(rest, settings);
      for (int i : heldOut) {
        sentimentOut[i] = heads.get(TriageModel.SENTIMENT).probabilities(all.features().get(i));
        LinearHead intent = heads.get(TriageModel.INTENT);
        double[] p = intent.probabilities(all.features().get(i));
        intentOut[i] = IntentPolicy.decide(intent.labels(), p, NO_TEXT, true).intent().wireName();
      }
    }
    return report(all, sentimentOut, intentOut);
  }

  /**
   * The examples outside fold {@code fold}; the indices of those inside it go to {@code heldOut}.
   */
  static EncodedExamples split(EncodedExamples all, int fold, List<Integer> heldOut) {
    List<LabelledText> texts = new ArrayList<>();
    List<io.purser.triage.text.Features> features = new ArrayList<>();
    List<io.purser.triage.decision.MessageSignals> signals = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (Math.floorMod(all.texts().get(i).id() / 5, FOLDS) == fold) {
        heldOut.add(i);
      } else {
        texts.add(all.texts().get(i));
        features.add(all.features().get(i));
        signals.add(all.signals().get(i));
      }
    }
    return new EncodedExamples(texts, features, signals);
  }

  private static Report report(EncodedExamples all, double[][] sentimentOut, String[] intentOut) {
    List<String> sTruth = new ArrayList<>();
    List<double[]> sOut = new ArrayList<>();
    List<String> iTruth = new ArrayList<>();
    List<String> iPred = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      LabelledText text = all.texts().get(i);
      if (text.sentiment() != null) {
        sTruth.add(text.sentiment());
        sOut.add(sentimentOut[i]);
      }
      if (text.intent() != null && "negative".equals(text.sentiment())) {
        iTruth.add(text.intent());
        iPred.add(intentOut[i]);
      }
    }
    SentimentBias bias = SentimentBias.choose(Trainer.SENTIMENTS, sOut, sTruth);
    List<String> sPred = sOut.stream().map(p -> Trainer.SENTIMENTS.get(bias.decide(p))).toList();
    List<String> intents = iTruth.stream().distinct().sorted().toList();
    double threshold = chooseThreshold(all, sentimentOut);
    return new Report(
        ClassificationScores.of(sTruth, sPred, Trainer.SENTIMENTS),
        ClassificationScores.of(iTruth, iPred, intents.isEmpty() ? List.of("none") : intents),
        bias,
        threshold,
        flaggedShare(all, sentimentOut, threshold, true),
        flaggedShare(all, sentimentOut, threshold, false));
  }

  private static double chooseThreshold(EncodedExamples all, double[][] sentimentOut) {
    for (int t = 95; t >= 5; t--) {
      if (flaggedShare(all, sentimentOut, t / 100.0, true) >= TARGET_RECALL) {
        return t / 100.0;
      }
    }
    return 0.05;
  }

  /** Share of complaints (or of positive texts) the category policy flags at {@code threshold}. */
  private static double flaggedShare(
      EncodedExamples all, double[][] out, double threshold, boolean complaints) {
    CategoryPolicy policy = new CategoryPolicy(threshold);
    int total = 0;
    int flagged = 0;
    for (int i = 0; i < all.size(); i++) {
      LabelledText text = all.texts().get(i);
      boolean member =
          complaints
              ? "negative".equals(text.sentiment()) && text.intent() != null
              : "positive".equals(text.sentiment());
      if (member) {
        total++;
        if (policy.decide(out[i][0], out[i][2], all.signals().get(i)).category().needsResponse()) {
          flagged++;
        }
      }
    }
    return total == 0 ? 0 : (double) flagged / total;
  }
}
