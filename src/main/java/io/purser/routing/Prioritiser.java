package io.purser.routing;

import io.purser.routing.domain.Priority;
import io.purser.routing.domain.PriorityInputs;
import io.purser.routing.domain.PriorityScorer;
import io.purser.routing.domain.PriorityWeights;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.UrgencyLevel;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Scores a queued conversation from what its routing row holds: the triage of the customer's latest
 * message, visibility, the brand's rules, the SLA deadline and surge mode. The score is stored with
 * its reasons; it rises as the deadline approaches, so it is computed again as time passes.
 */
@Component
class Prioritiser {

  private final PriorityScorer scorer = new PriorityScorer(PriorityWeights.defaults());
  private final QueueEntries queue;
  private final SurgeWatch surges;

  Prioritiser(QueueEntries queue, SurgeWatch surges) {
    this.queue = queue;
    this.surges = surges;
  }

  /** Scores and stores; returns the score. */
  Priority refresh(QueueEntries.Entry entry, Instant now) {
    var priority = score(entry, now);
    queue.setPriority(
        entry.workspaceId(),
        entry.conversationId(),
        priority.score(),
        priority.band().wireName(),
        priority.explanation(),
        now);
    return priority;
  }

  /**
   * Scores and stores these rows with one JDBC batch, in conversation order: the order the pipeline
   * locks routing rows in ({@link QueueEntries#lockAll}), so that a transaction around this batch
   * and the pipeline's cannot deadlock.
   */
  void refreshAll(java.util.List<QueueEntries.Entry> entries, Instant now) {
    queue.setPriorities(
        entries.stream()
            .sorted(java.util.Comparator.comparingLong(QueueEntries.Entry::conversationId))
            .map(entry -> new QueueEntries.Written(entry, score(entry, now), now, now))
            .toList());
  }

  Priority score(QueueEntries.Entry entry, Instant now) {
    var intent = parse(entry.intent(), Intent::fromWireName, Intent.OTHER);
    var inputs =
        new PriorityInputs(
            parse(
                entry.urgency(),
                name -> UrgencyLevel.valueOf(name.toUpperCase(Locale.ROOT)),
                UrgencyLevel.NORMAL),
            entry.urgencyReason() == null ? "" : entry.urgencyReason(),
            intent,
            parse(entry.sentiment(), Sentiment::fromWireName, Sentiment.NEUTRAL),
            parse(entry.category(), Category::fromWireName, Category.QUESTION),
            entry.isPublic(),
            null,
            entry.authorFollowers(),
            entry.slaDueAt(),
            entry.waitingSince() == null ? now : entry.waitingSince(),
            entry.raisedByRule(),
            surges.surgeModeFor(entry.workspaceId(), intent));
    return scorer.score(inputs, now);
  }

  private static <T> T parse(String wire, java.util.function.Function<String, T> read, T fallback) {
    if (wire == null || wire.isBlank()) {
      return fallback;
    }
    try {
      return read.apply(wire);
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }
}
