package io.purser.triage.eval;

import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import io.purser.triage.TriageResult;
import io.purser.triage.training.LabelledText;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores sentiment, intent and needs-response on labelled airline tweets, by the rules of issue 3:
 * intent on negative tweets with a known reason, macro-F1 over the nine mapped intents; recall on
 * complaints over those same tweets; rate on positive over positive tweets.
 *
 * @param sentiment sentiment scores over all tweets
 * @param intent intent scores over complaints with a reason
 * @param recallOnComplaints share of those complaints flagged as needing a response
 * @param rateOnPositive share of positive tweets flagged as needing a response
 */
public record TweetEvaluation(
    ClassificationScores sentiment,
    ClassificationScores intent,
    double recallOnComplaints,
    double rateOnPositive) {

  static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
  static final List<String> INTENTS =
      List.of(
          "delay",
          "cancellation",
          "baggage_lost",
          "baggage_damaged",
          "booking",
          "customer_service",
          "crew",
          "inflight",
          "airport");

  public static TweetEvaluation run(Triage triage, List<LabelledText> tweets) {
    List<String> sTruth = new ArrayList<>();
    List<String> sPred = new ArrayList<>();
    List<String> iTruth = new ArrayList<>();
    List<String> iPred = new ArrayList<>();
    int complaints = 0;
    int complaintsFlagged = 0;
    int positives = 0;
    int positivesFlagged = 0;
    for (LabelledText tweet : tweets) {
      TriageResult result = triage.classify(TriageRequest.ofText(tweet.text(), tweet.createdAt()));
      sTruth.add(tweet.sentiment());
      sPred.add(result.sentiment().wireName());
      if ("negative".equals(tweet.sentiment()) && tweet.intent() != null) {
        iTruth.add(tweet.intent());
        iPred.add(result.intent().wireName());
        complaints++;
        complaintsFlagged += result.needsResponse() ? 1 : 0;
      }
      if ("positive".equals(tweet.sentiment())) {
        positives++;
        positivesFlagged += result.needsResponse() ? 1 : 0;
      }
    }
    return new TweetEvaluation(
        ClassificationScores.of(sTruth, sPred, SENTIMENTS),
        ClassificationScores.of(iTruth, iPred, INTENTS),
        share(complaintsFlagged, complaints),
        share(positivesFlagged, positives));
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
