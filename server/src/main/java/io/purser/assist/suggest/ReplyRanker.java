package io.purser.assist.suggest;

import io.purser.assist.adapt.ReplyTemplate;
import io.purser.assist.text.ReplyWords;
import io.purser.assist.text.RougeL;
import io.purser.triage.Intent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the answers of the solved conversations nearest to a new one. Rather than the single
 * nearest conversation's reply, it groups the replies of the {@value #NEIGHBOURS} nearest by
 * template (the same answer written for different customers) and scores each group by the summed
 * similarity of its conversations, those with the query's intent counting more: the brand's
 * recurring answers to this kind of request win over one agent's one-off wording. The answers
 * returned differ from each other. Thread-safe; choices may be recorded while ranking.
 */
public final class ReplyRanker {

  /** How many nearest conversations vote for an answer. */
  public static final int NEIGHBOURS = 40;

  static final double SAME_INTENT_WEIGHT = 1.5;
  static final double TOO_SIMILAR = 0.6;

  private final WordIndex index;
  private final List<IndexedReply> replies;
  private final ChoiceBoosts boosts;

  private ReplyRanker(WordIndex index, List<IndexedReply> replies, ChoiceBoosts boosts) {
    this.index = index;
    this.replies = replies;
    this.boosts = boosts;
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
    Map<String, Group> groups = new HashMap<>();
    for (WordIndex.Hit hit : index.nearest(words, NEIGHBOURS)) {
      IndexedReply reply = replies.get(hit.doc());
      double weight = hit.similarity() * (reply.intent() == intent ? SAME_INTENT_WEIGHT : 1);
      groups.computeIfAbsent(reply.template().key(), k -> new Group()).add(reply, hit, weight);
    }
    List<RankedReply> candidates =
        groups.values().stream()
            .map(g -> g.ranked(intent, boosts.factor(g.best.template().key())))
            .sorted(
                Comparator.comparingDouble(RankedReply::score)
                    .reversed()
                    .thenComparing(r -> r.template().key()))
            .toList();
    List<RankedReply> ranked = new ArrayList<>(n);
    for (RankedReply candidate : candidates) {
      if (ranked.size() < n && differsFromAll(candidate, ranked)) {
        ranked.add(candidate);
      }
    }
    return ranked;
  }

  private static boolean differsFromAll(RankedReply candidate, List<RankedReply> chosen) {
    List<String> words = ReplyWords.of(candidate.template().key());
    return chosen.stream()
        .allMatch(c -> RougeL.f1(words, ReplyWords.of(c.template().key())) <= TOO_SIMILAR);
  }

  /** The nearest conversations answered with one template. */
  private static final class Group {
    private IndexedReply best;
    private double bestSimilarity;
    private double score;
    private int support;

    void add(IndexedReply reply, WordIndex.Hit hit, double weight) {
      if (best == null || hit.similarity() > bestSimilarity) {
        best = reply;
        bestSimilarity = hit.similarity();
      }
      score += weight;
      support++;
    }

    RankedReply ranked(Intent intent, double boost) {
      ReplyTemplate template = best.template();
      return new RankedReply(
          template,
          score * boost,
          best.id(),
          best.intent(),
          best.intent() == intent,
          bestSimilarity,
          support);
    }
  }
}
