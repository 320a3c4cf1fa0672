package io.purser.assist.suggest;

import io.purser.assist.text.RougeL;
import io.purser.triage.Intent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the answers of the solved conversations nearest to a new one. Rather than returning the
 * single nearest conversation's reply, each answer of the {@value #NEIGHBOURS} nearest is scored by
 * how well it agrees with all of their answers (similarity-weighted ROUGE-L, neighbours with the
 * query's intent counting more): the reply expected to be closest to what an agent would write
 * wins, so the brand's recurring answers to this kind of request beat one agent's one-off wording.
 * Answers written the same for different customers (same template) count once; the answers returned
 * differ from each other. Thread-safe; choices may be recorded while ranking.
 */
public final class ReplyRanker {

  /** How many nearest conversations vote for an answer. */
  public static final int NEIGHBOURS = 40;

  static final double SAME_INTENT_WEIGHT = 1.5;
  static final double TOO_SIMILAR = 0.6;
  static final double CLOSE = 0.5;

  private final WordIndex index;
  private final List<IndexedReply> replies;
  private final ChoiceBoosts boosts;
  private final int[][] answerCodes;

  private ReplyRanker(WordIndex index, List<IndexedReply> replies, ChoiceBoosts boosts) {
    this.index = index;
    this.replies = replies;
    this.boosts = boosts;
    Map<String, Integer> vocabulary = new HashMap<>();
    this.answerCodes = new int[replies.size()][];
    for (int i = 0; i < answerCodes.length; i++) {
      answerCodes[i] =
          replies.get(i).template().words().stream()
              .mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size()))
              .toArray();
    }
  }

  private ReplyRanker(ReplyRanker same, ChoiceBoosts boosts) {
    this.index = same.index;
    this.replies = same.replies;
    this.boosts = boosts;
    this.answerCodes = same.answerCodes;
  }

  /** The same ranker (its index shared, nothing copied) re-ranking by other choices. */
  public ReplyRanker withBoosts(ChoiceBoosts other) {
    return new ReplyRanker(this, other);
  }

  /** A ranker over {@code replies}, re-ranking by the choices recorded in {@code boosts}. */
  public static ReplyRanker of(List<IndexedReply> replies, ChoiceBoosts boosts) {
    List<IndexedReply> copy = List.copyOf(replies);
    return new ReplyRanker(
        WordIndex.of(copy.stream().map(IndexedReply::words).toList()), copy, boosts);
  }

  /** How many solved conversations it ranks from. */
  public int size() {
    return replies.size();
  }

  /** The reply of the single most similar conversation, or {@code null} when none shares a word. */
  public IndexedReply nearest(List<String> words) {
    List<WordIndex.Hit> hits = index.nearest(words, 1);
    return hits.isEmpty() ? null : replies.get(hits.get(0).doc());
  }

  /** The {@code n} best different answers for a conversation, best first. */
  public List<RankedReply> rank(List<String> words, Intent intent, int n) {
    List<WordIndex.Hit> hits = index.nearest(words, NEIGHBOURS);
    double[] weights = new double[hits.size()];
    for (int j = 0; j < hits.size(); j++) {
      IndexedReply reply = replies.get(hits.get(j).doc());
      weights[j] = hits.get(j).similarity() * (reply.intent() == intent ? SAME_INTENT_WEIGHT : 1);
    }
    double[][] overlaps = overlaps(hits);
    Map<String, RankedReply> candidates = new HashMap<>();
    for (int i = 0; i < hits.size(); i++) {
      IndexedReply reply = replies.get(hits.get(i).doc());
      if (!candidates.containsKey(reply.template().key())) {
        candidates.put(
            reply.template().key(), agreement(hits.get(i), overlaps[i], weights, intent));
      }
    }
    List<RankedReply> sorted =
        candidates.values().stream()
            .sorted(
                Comparator.comparingDouble(RankedReply::score)
                    .reversed()
                    .thenComparing(r -> r.template().key()))
            .toList();
    List<RankedReply> ranked = new ArrayList<>(n);
    for (RankedReply candidate : sorted) {
      if (ranked.size() < n && differsFromAll(candidate, ranked)) {
        ranked.add(candidate);
      }
    }
    return ranked;
  }

  /** ROUGE-L between every two neighbours' answers; it is symmetric, so each pair once. */
  private double[][] overlaps(List<WordIndex.Hit> hits) {
    double[][] overlaps = new double[hits.size()][hits.size()];
    for (int i = 0; i < hits.size(); i++) {
      int[] answer = answerCodes[hits.get(i).doc()];
      overlaps[i][i] = answer.length == 0 ? 0 : 1;
      for (int j = i + 1; j < hits.size(); j++) {
        overlaps[i][j] = RougeL.f1(answer, answerCodes[hits.get(j).doc()]);
        overlaps[j][i] = overlaps[i][j];
      }
    }
    return overlaps;
  }

  /**
   * How well one neighbour's answer agrees with the answers of all the neighbours: their
   * similarity-weighted ROUGE-L with it. The answer expected to be closest to what an agent would
   * write wins, which favours the brand's recurring answers over one agent's one-off wording.
   */
  private RankedReply agreement(
      WordIndex.Hit hit, double[] overlaps, double[] weights, Intent intent) {
    IndexedReply reply = replies.get(hit.doc());
    double score = 0;
    int support = 0;
    for (int j = 0; j < overlaps.length; j++) {
      score += weights[j] * overlaps[j];
      support += overlaps[j] >= CLOSE ? 1 : 0;
    }
    return new RankedReply(
        reply.template(),
        score * boosts.factor(reply.template().key()),
        reply.id(),
        reply.intent(),
        reply.intent() == intent,
        hit.similarity(),
        support);
  }

  private static boolean differsFromAll(RankedReply candidate, List<RankedReply> chosen) {
    return chosen.stream()
        .allMatch(
            c -> RougeL.f1(candidate.template().words(), c.template().words()) <= TOO_SIMILAR);
  }
}
