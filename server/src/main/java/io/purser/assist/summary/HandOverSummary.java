package io.purser.assist.summary;

import io.purser.assist.summary.TimelineEntry.Author;
import io.purser.assist.summary.TimelineEntry.Outcome;
import io.purser.triage.Intent;
import io.purser.triage.UrgencyLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * What an agent taking over a conversation needs first.
 *
 * @param wants what the customer wants: {@code assist.summary.wants} with the intent and the
 *     urgency, or {@code assist.summary.wants.unknown} when the customer has not written
 * @param keySentences the customer's own sentences that say it, as written, oldest first
 * @param done what was done: {@code assist.summary.done.replies} (count, time of the last) and
 *     {@code assist.summary.done.action} (action, time) per action carried out
 * @param pending what is still open: {@code assist.summary.pending.unanswered} (count, since),
 *     {@code .approval} and {@code .action_failed} (action, time), {@code .reply_failed} and {@code
 *     .reply_queued} (count, since)
 */
public record HandOverSummary(
    SummaryLine wants,
    List<String> keySentences,
    List<SummaryLine> done,
    List<SummaryLine> pending) {

  /** How many events make a conversation long enough to show its summary at the top. */
  public static final int LONG_CONVERSATION = 6;

  static final int KEY_SENTENCES = 2;

  public HandOverSummary {
    Objects.requireNonNull(wants, "wants is required");
    keySentences = List.copyOf(keySentences);
    done = List.copyOf(done);
    pending = List.copyOf(pending);
  }

  /** Whether a conversation is long enough for its summary to be shown above it. */
  public static boolean worthShowing(List<TimelineEntry> timeline) {
    return timeline.size() >= LONG_CONVERSATION;
  }

  /** The summary of a conversation's events, in any order. */
  public static HandOverSummary of(List<TimelineEntry> timeline) {
    var events = timeline.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
    var customer = events.stream().filter(e -> e.author() == Author.CUSTOMER).toList();
    Intent intent = request(customer);
    var wants =
        customer.isEmpty()
            ? SummaryLine.of("assist.summary.wants.unknown")
            : SummaryLine.of("assist.summary.wants", intent.wireName(), urgency(customer));
    var sentences =
        KeySentences.of(customer.stream().map(TimelineEntry::text).toList(), intent, KEY_SENTENCES);
    return new HandOverSummary(wants, sentences, done(events), Pending.of(events, actions(events)));
  }

  /**
   * What the customer asks for: the latest intent of a request. "Customer service" (a complaint
   * about being answered, "anyone there?") says what the customer wants only when nothing else
   * does: a customer chasing an answer about their bag still wants their bag.
   */
  private static Intent request(List<TimelineEntry> customer) {
    Intent latest = Intent.OTHER;
    Intent latestRequest = null;
    for (var entry : customer) {
      var i = entry.intent();
      if (i != null && i != Intent.OTHER) {
        latest = i;
        if (i != Intent.CUSTOMER_SERVICE) {
          latestRequest = i;
        }
      }
    }
    return latestRequest != null ? latestRequest : latest;
  }

  private static String urgency(List<TimelineEntry> customer) {
    return customer.stream()
        .map(TimelineEntry::urgency)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder()) // HIGH comes first
        .orElse(UrgencyLevel.NORMAL)
        .wireName();
  }

  private static List<SummaryLine> done(List<TimelineEntry> events) {
    var lines = new ArrayList<SummaryLine>();
    var sent =
        events.stream()
            .filter(e -> e.author() == Author.AGENT && e.outcome() == Outcome.DONE)
            .toList();
    if (!sent.isEmpty()) {
      lines.add(
          SummaryLine.of(
              "assist.summary.done.replies", sent.size(), sent.get(sent.size() - 1).at()));
    }
    actions(events)
        .forEach(
            (kind, last) -> {
              if (last.outcome() == Outcome.DONE) {
                lines.add(SummaryLine.of("assist.summary.done.action", kind, last.at()));
              }
            });
    return lines;
  }

  /** The latest event of each kind of booking action: what it came to in the end. */
  private static LinkedHashMap<String, TimelineEntry> actions(List<TimelineEntry> events) {
    var latest = new LinkedHashMap<String, TimelineEntry>();
    events.stream()
        .filter(e -> e.author() == Author.ACTION)
        .forEach(e -> latest.put(e.action(), e));
    return latest;
  }
}
