package io.purser.airline.action;

import io.purser.airline.ActionOutcome;
import io.purser.airline.domain.Booking;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How often a booking's confirmation may be sent again from a conversation: not more often than
 * {@link #PAUSE} nor more than {@link #A_DAY} times a day, so a customer's mailbox is never flooded
 * from Purser; and only to the booking's own address.
 */
@Component
class ConfirmationResends {

  /** At most one confirmation of a booking every two minutes from a conversation. */
  static final Duration PAUSE = Duration.ofMinutes(2);

  /** At most this many confirmations of a booking a day from a conversation. */
  static final int A_DAY = 5;

  private final ActionLog log;
  private final Clock clock;

  ConfirmationResends(ActionLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Why the confirmation may not be sent again now; empty when it may. */
  Optional<ActionOutcome> refusal(long workspaceId, long conversationId, Booking booking) {
    if (booking.email() == null || booking.email().isBlank()) {
      return Optional.of(
          new ActionOutcome.Refused(
              422,
              "No e-mail address",
              "Booking " + booking.recordLocator() + " has no e-mail address"));
    }
    var now = clock.instant();
    var sent =
        log.forConversation(workspaceId, conversationId).stream()
            .filter(a -> booking.recordLocator().equalsIgnoreCase(a.recordLocator()))
            .filter(a -> a.stepsDone().contains("confirmation"))
            .map(ActionLog.Stored::requestedAt)
            .filter(at -> at.isAfter(now.minus(Duration.ofDays(1))))
            .toList();
    var latest = sent.stream().max(Comparator.naturalOrder());
    if (latest.isPresent() && latest.get().isAfter(now.minus(PAUSE))) {
      long wait = Duration.between(now, latest.get().plus(PAUSE)).toSeconds() + 1;
      return Optional.of(
          new ActionOutcome.Refused(
              429,
              "Sent a moment ago",
              "The confirmation of "
                  + booking.recordLocator()
                  + " was sent less than 2 minutes ago: try again in "
                  + wait
                  + " s"));
    }
    if (sent.size() >= A_DAY) {
      return Optional.of(
          new ActionOutcome.Refused(
              429,
              "Sent often enough today",
              "The confirmation of "
                  + booking.recordLocator()
                  + " was sent "
                  + sent.size()
                  + " times in the last 24 hours: that is the most Purser sends"));
    }
    return Optional.empty();
  }
}
