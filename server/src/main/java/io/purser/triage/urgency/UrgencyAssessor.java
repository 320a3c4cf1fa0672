package io.purser.triage.urgency;

import io.purser.triage.Urgency;
import io.purser.triage.UrgencyLevel;
import io.purser.triage.cues.CueHits;
import io.purser.triage.cues.CueMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides how urgent a message is from what it says about time and place, in the phrases of its
 * language ({@code cues/xx.txt}, sections {@code urgency.*} and {@code time.*}): a departure within
 * hours, a traveller at the airport now, stranded, or missing a connection is high; tomorrow's
 * departure is normal; a trip in the past, or a message that needs no response, is low; a trip at a
 * clock time ("mi vuelo sale a las 14:30") with none of these is high. Time expressions are read
 * relative to when the message was written, never to the clock. Each reason names the words found.
 */
public final class UrgencyAssessor {

  /** A departure further away than this is not "within hours". */
  static final Duration WITHIN_HOURS = Duration.ofHours(6);

  private static final List<Rule> RULES =
      List.of(
          new Rule("urgency.missed_connection", UrgencyLevel.HIGH, "missed_connection"),
          new Rule("urgency.stranded", UrgencyLevel.HIGH, "stranded"),
          new Rule("urgency.at_airport", UrgencyLevel.HIGH, "at_airport_now"),
          new Rule("urgency.departing_now", UrgencyLevel.HIGH, "departure_today"),
          new Rule("urgency.cannot_make_flight", UrgencyLevel.HIGH, "cannot_make_flight"),
          new Rule("urgency.tomorrow", UrgencyLevel.NORMAL, "departure_tomorrow"),
          new Rule("urgency.past_trip", UrgencyLevel.LOW, "past_trip"));

  /**
   * @param cues the cues of the message, read in its language
   * @param createdAt when it was written, or {@code null}
   * @param needsResponse whether the message needs a response at all
   * @param reasons receives a line explaining the decision
   */
  public Urgency assess(
      CueHits cues, Instant createdAt, boolean needsResponse, List<String> reasons) {
    TimeExpressions.Span in = TimeExpressions.firstDuration(cues);
    if (in != null && in.until().compareTo(WITHIN_HOURS) <= 0) {
      reasons.add(departureReason(in, createdAt));
      return new Urgency(UrgencyLevel.HIGH, "departure_within_hours");
    }
    for (Rule rule : RULES) {
      CueMatch match = cues.first(rule.section());
      if (match != null) {
        return explained(rule.level(), rule.reason(), match.phrase(), reasons);
      }
    }
    String clock =
        needsResponse && cues.has("time.travel") ? TimeExpressions.firstClockTime(cues) : null;
    if (clock != null) {
      return explained(UrgencyLevel.HIGH, "departure_at_clock_time", clock, reasons);
    }
    return needsResponse
        ? explained(UrgencyLevel.NORMAL, "no_time_pressure", null, reasons)
        : explained(UrgencyLevel.LOW, "no_response_needed", null, reasons);
  }

  private static Urgency explained(
      UrgencyLevel level, String reason, String words, List<String> reasons) {
    String found = words == null ? "" : " words=\"" + words + "\"";
    reasons.add("urgency:" + level.wireName() + " rule=" + reason + found);
    return new Urgency(level, reason);
  }

  private static String departureReason(TimeExpressions.Span in, Instant createdAt) {
    String at = createdAt == null ? "" : " at " + createdAt.plus(in.until());
    return "urgency:high rule=departure_within_hours (in "
        + in.until().toMinutes()
        + " min"
        + at
        + ") words=\""
        + in.words()
        + "\"";
  }

  private record Rule(String section, UrgencyLevel level, String reason) {}
}
