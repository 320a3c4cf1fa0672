package io.purser.triage.eval;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.triage.training.AirlineTweets;
import io.purser.triage.training.LabelledText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs every part of the triage evaluation on one split of the airline tweets. */
public final class Evaluation {

  private Evaluation() {}

  /**
   * @param triage the triage under evaluation
   * @param dataDir the shared data folder
   * @param split {@code test} (the reported figures) or {@code train}
   */
  public static EvalReport run(Triage triage, Path dataDir, String split) throws IOException {
    List<LabelledText> tweets =
        AirlineTweets.split(AirlineTweets.load(dataDir), "test".equals(split));
    TweetEvaluation quality = TweetEvaluation.run(triage, tweets);
    List<TriageRequest> requests =
        tweets.stream().map(t -> TriageRequest.ofText(t.text(), t.createdAt())).toList();
    ThroughputMeter speed = ThroughputMeter.run(triage, requests);
    return new EvalReport(
        split,
        quality.sentiment(),
        quality.intent(),
        quality.recallOnComplaints(),
        quality.rateOnPositive(),
        PersonalDataEvaluation.run(triage),
        LanguageEvaluation.run(triage),
        speed);
  }
}
