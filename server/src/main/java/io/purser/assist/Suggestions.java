package io.purser.assist;

import io.purser.assist.corpus.StarterCorpus;
import io.purser.assist.suggest.ChoiceBoosts;
import io.purser.assist.suggest.IndexedReply;
import io.purser.assist.suggest.QueryWords;
import io.purser.assist.suggest.RankedReply;
import io.purser.assist.suggest.ReplyRanker;
import io.purser.triage.Intent;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Suggested replies drawn from a workspace's solved conversations: the best answers its agents gave
 * to similar requests, adapted to this customer, each with why it was chosen. Plain Java, no I/O
 * after it is built; thread-safe (build once per workspace and share).
 */
public final class Suggestions {

  private final Triage triage;
  private final Map<String, ReplyRanker> byLanguage;
  private final ChoiceBoosts boosts;

  private Suggestions(Triage triage, Map<String, ReplyRanker> byLanguage, ChoiceBoosts boosts) {
    this.triage = triage;
    this.byLanguage = byLanguage;
    this.boosts = boosts;
  }

  /** Suggestions from these solved conversations; reads each with triage once (parallel). */
  public static Suggestions of(List<SolvedConversation> solved, Triage triage) {
    ChoiceBoosts boosts = new ChoiceBoosts();
    Map<String, List<IndexedReply>> indexed =
        solved.parallelStream()
            .collect(
                Collectors.groupingBy(
                    SolvedConversation::language,
                    Collectors.mapping(s -> IndexedReply.of(s, triage), Collectors.toList())));
    Map<String, ReplyRanker> rankers =
        indexed.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> ReplyRanker.of(e.getValue(), boosts)));
    return new Suggestions(triage, rankers, boosts);
  }

  /**
   * Suggestions for a new workspace from the starter corpus shipped in the jar (real airline care
   * conversations, CC BY-NC-SA 4.0), read on first use: a brand's own conversations when the corpus
   * has them ({@code Delta}, {@code AmericanAir}, {@code British_Airways}, {@code SouthwestAir}),
   * all of them otherwise.
   */
  public static Suggestions starter(Triage triage, String brand) {
    return of(StarterCorpus.conversations(brand), triage);
  }

  /**
   * The same suggestions with choices of their own: shares the index (nothing is copied or read
   * again), so every workspace drawing on one corpus re-ranks by its own agents' choices only.
   */
  public Suggestions withOwnChoices() {
    ChoiceBoosts own = new ChoiceBoosts();
    Map<String, ReplyRanker> rankers =
        byLanguage.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().withBoosts(own)));
    return new Suggestions(triage, rankers, own);
  }

  /**
   * The {@code n} best replies for a conversation, best first; empty when the workspace has no
   * solved conversation in {@code language} or none shares a word with the customer's.
   */
  public List<Suggestion> suggest(
      String customerWords, String language, ReplyContext context, int n) {
    ReplyRanker ranker = byLanguage.get(language.toLowerCase(Locale.ROOT));
    if (ranker == null || n <= 0) {
      return List.of();
    }
    Intent intent = triage.classify(TriageRequest.ofText(customerWords)).intent();
    return ranker.rank(QueryWords.of(customerWords), intent, n).stream()
        .map(r -> suggestion(r, context))
        .toList();
  }

  /**
   * Records that an agent chose {@code chosen} and sent {@code sent} (as edited): answers agents
   * choose and keep rank higher from then on.
   */
  public void recordChoice(Suggestion chosen, String sent) {
    boosts.record(chosen.templateKey(), chosen.text(), sent);
  }

  /** The id of the single most similar solved conversation, if any shares a word. */
  public Optional<String> nearest(String customerWords, String language) {
    ReplyRanker ranker = byLanguage.get(language.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(ranker == null ? null : ranker.nearest(QueryWords.of(customerWords)))
        .map(IndexedReply::id);
  }

  /** How many solved conversations it draws from. */
  public int size() {
    return byLanguage.values().stream().mapToInt(ReplyRanker::size).sum();
  }

  private static Suggestion suggestion(RankedReply r, ReplyContext context) {
    String reason =
        "like conversation #%s: %s"
            .formatted(
                r.sourceId(),
                r.sameIntent()
                    ? "same intent (" + r.intent().wireName() + ")"
                    : "similar words (intent " + r.intent().wireName() + ")");
    if (r.support() > 1) {
      // The answer itself is one of the neighbours: the others are the recurring part.
      reason +=
          "; %d more of the %d nearest conversations were answered much the same way"
              .formatted(r.support() - 1, ReplyRanker.NEIGHBOURS);
    }
    var why =
        new Suggestion.Why(r.intent().wireName(), r.sameIntent(), Math.max(0, r.support() - 1));
    return new Suggestion(
        r.template().fill(context), reason, r.score(), r.template().key(), r.sourceId(), why);
  }
}
