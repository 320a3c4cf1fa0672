package io.purser.assist.summary;

import io.purser.assist.summary.TimelineEntry.Author;
import io.purser.assist.summary.TimelineEntry.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What is still open in a conversation, oldest concern first. */
final class Pending {

  private Pending() {}

  static List<SummaryLine> of(List<TimelineEntry> events, Map<String, TimelineEntry> actions) {
    var lines = new ArrayList<SummaryLine>();
    Instant lastSent = lastSentReply(events);
    var unanswered =
        events.stream()
            .filter(e -> e.author() == Author.CUSTOMER)
            .filter(e -> lastSent == null || e.at().isAfter(lastSent))
            .toList();
    if (!unanswered.isEmpty()) {
      lines.add(
          SummaryLine.of(
              "assist.summary.pending.unanswered", unanswered.size(), unanswered.get(0).at()));
    }
    actions.forEach(
        (kind, last) -> {
          if (last.outcome() == Outcome.PENDING) {
            lines.add(SummaryLine.of("assist.summary.pending.approval", kind, last.at()));
          } else if (last.outcome() == Outcome.FAILED) {
            lines.add(SummaryLine.of("assist.summary.pending.action_failed", kind, last.at()));
          }
        });
    replies(events, lastSent, Outcome.FAILED, "assist.summary.pending.reply_failed", lines);
    replies(events, lastSent, Outcome.PENDING, "assist.summary.pending.reply_queued", lines);
    return lines;
  }

  private static void replies(
      List<TimelineEntry> events,
      Instant lastSent,
      Outcome outcome,
      String code,
      List<SummaryLine> lines) {
    // A failure or a queued reply still matters only if no reply went out after it.
    var open =
        events.stream()
            .filter(e -> e.author() == Author.AGENT && e.outcome() == outcome)
            .filter(e -> lastSent == null || e.at().isAfter(lastSent))
            .toList();
    if (!open.isEmpty()) {
      lines.add(SummaryLine.of(code, open.size(), open.get(0).at()));
    }
  }

  private static Instant lastSentReply(List<TimelineEntry> events) {
    return events.stream()
        .filter(e -> e.author() == Author.AGENT && e.outcome() == Outcome.DONE)
        .map(TimelineEntry::at)
        .reduce((first, second) -> second)
        .orElse(null);
  }
}
