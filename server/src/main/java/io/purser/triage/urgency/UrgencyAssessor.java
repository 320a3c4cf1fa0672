package io.purser.triage.urgency;

import io.purser.triage.Urgency;
import io.purser.triage.UrgencyLevel;
import io.purser.triage.text.MessageText;
import io.purser.triage.text.PhraseSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides how urgent a message is from what it says about time and place: a departure within hours,
 * a traveller at the airport now, stranded, or missing a connection is high; tomorrow's departure
 * is normal; a trip in the past, or a message that needs no response, is low. Time expressions are
 * read relative to when the message was written, never to the clock.
 */
public final class UrgencyAssessor {

  /** A departure further away than this is not "within hours". */
  static final Duration WITHIN_HOURS = Duration.ofHours(6);

  private static final List<Rule> RULES =
      List.of(
          new Rule(UrgencyCues.MISSED_CONNECTION, UrgencyLevel.HIGH, "missed_connection"),
          new Rule(UrgencyCues.STRANDED, UrgencyLevel.HIGH, "stranded"),
          new Rule(UrgencyCues.AT_AIRPORT, UrgencyLevel.HIGH, "at_airport_now"),
          new Rule(UrgencyCues.DEPARTING_NOW, UrgencyLevel.HIGH, "departure_today"),
          new Rule(UrgencyCues.CANNOT_MAKE_FLIGHT, UrgencyLevel.HIGH, "cannot_make_flight"),
          new Rule(UrgencyCues.TOMORROW, UrgencyLevel.NORMAL, "departure_tomorrow"),
          new Rule(UrgencyCues.PAST_TRIP, UrgencyLevel.LOW, "past_trip"));

  /**
   * @param message the message
   * @param createdAt when it was written, or {@code null}
   * @param needsResponse whether the message needs a response at all
   * @param reasons receives a line explaining the decision
   */
  public Urgency assess(
      MessageText message, Instant createdAt, boolean needsResponse, List<String> reasons) {
    String padded = message.padded();
    Optional<Duration> inDuration = TimeExpressions.firstDuration(padded);
    if (inDuration.isPresent() && inDuration.get().compareTo(WITHIN_HOURS) <= 0) {
      reasons.add(departureReason(inDuration.get(), createdAt));
      return new Urgency(UrgencyLevel.HIGH, "departure_within_hours");
    }
    for (Rule rule : RULES) {
      if (rule.phrases().foundIn(message)) {
        return explained(rule.level(), rule.reason(), reasons);
      }
    }
    return needsResponse
        ? explained(UrgencyLevel.NORMAL, "no_time_pressure", reasons)
        : explained(UrgencyLevel.LOW, "no_response_needed", reasons);
  }

  private static Urgency explained(UrgencyLevel level, String reason, List<String> reasons) {
    reasons.add("urgency:" + level.wireName() + " rule=" + reason);
    return new Urgency(level, reason);
  }

  private static String departureReason(Duration until, Instant createdAt) {
    String at = createdAt == null ? "" : " at " + createdAt.plus(until);
    return "urgency:high rule=departure_within_hours (in " + until.toMinutes() + " min" + at + ")";
  }

  private record Rule(PhraseSet phrases, UrgencyLevel level, String reason) {}
}
