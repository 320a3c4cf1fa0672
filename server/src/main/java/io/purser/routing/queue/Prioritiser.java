package io.purser.routing.queue;

import io.purser.routing.domain.Priority;
import io.purser.routing.domain.PriorityInputs;
import io.purser.routing.domain.PriorityScorer;
import io.purser.routing.domain.PriorityWeights;
import io.purser.routing.surge.SurgeWatch;
import io.purser.triage.Category;
import io.purser.triage.Intent;
import io.purser.triage.Sentiment;
import io.purser.triage.UrgencyLevel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Scores a queued conversation from what its routing row holds: the triage of the customer's latest
 * message, visibility, the brand's rules, the SLA deadline and surge mode. The score is stored with
 * its reasons; it rises as the deadline approaches, so it is computed again as time passes.
 */
@Component
class Prioritiser {

  private final PriorityScorer scorer = new PriorityScorer(PriorityWeights.defaults());
  private final QueueRows rows;
  private final SurgeWatch surges;

  Prioritiser(QueueRows rows, SurgeWatch surges) {
    this.rows = rows;
    this.surges = surges;
  }

  /**
   * Scores and stores these rows with one JDBC batch; with {@code withDeadline}, their SLA deadline
   * too.
   */
  void refreshAll(List<QueueEntry> entries, Instant now, boolean withDeadline) {
    rows.setPriorities(
        entries.stream()
            .map(entry -> new QueueRows.Written(entry, score(entry, now), now, now))
            .toList(),
        withDeadline);
  }

  Priority score(QueueEntry entry, Instant now) {
    var facts = entry.facts();
    var intent = parse(facts.intent(), Intent::fromWireName, Intent.OTHER);
    var inputs =
        new PriorityInputs(
            parse(
                facts.urgency(),
                name -> UrgencyLevel.valueOf(name.toUpperCase(Locale.ROOT)),
                UrgencyLevel.NORMAL),
            facts.urgencyReason() == null ? "" : facts.urgencyReason(),
            intent,
            parse(facts.sentiment(), Sentiment::fromWireName, Sentiment.NEUTRAL),
            parse(facts.category(), Category::fromWireName, Category.QUESTION),
            facts.isPublic(),
            null,
            facts.authorFollowers(),
            entry.slaDueAt(),
            entry.waitingSince() == null ? now : entry.waitingSince(),
            facts.raisedByRule(),
            surges.surgeModeFor(entry.workspaceId(), intent));
    return scorer.score(inputs, now);
  }

  private static <T> T parse(String wire, Function<String, T> read, T fallback) {
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
