package io.purser.assist.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.purser.assist.summary.TimelineEntry.Outcome;
import io.purser.assist.tone.Dialogs;
import io.purser.assist.tone.Dialogs.Dialog;
import io.purser.triage.Intent;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Summaries of real airline conversations ({@code assist/summary-dialogs.csv}, rows of {@code
 * airline-care-dialogs/dialogs.csv}), triaged by the real triage, with the booking actions an agent
 * would have taken added where the replies say they were.
 */
class HandOverSummaryTest {

  static final Triage triage = Triage.loadDefault();
  static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
  static final List<Dialog> dialogs = load();

  @Test
  void saysWhatARebookedTravellerAsksForInTheirOwnWordsAndThatTheRebookingWasDone() {
    // 271343: delayed in Bogota, asks to be rebooked; the agent rebooked, friends chimed in after.
    var timeline = timeline(dialog("271343"));
    timeline.add(1, TimelineEntry.action(START.plusSeconds(30), "rebook", Outcome.DONE));

    var summary = HandOverSummary.of(timeline);

    assertThat(summary.wants().code()).isEqualTo("assist.summary.wants");
    assertThat(summary.keySentences())
        .hasSize(2)
        .anySatisfy(s -> assertThat(s).contains("Can you rebook me on AA1126"));
    assertThat(summary.done())
        .extracting(SummaryLine::code, line -> line.arguments().get(0))
        .containsExactly(
            tuple("assist.summary.done.replies", "2"),
            tuple("assist.summary.done.action", "rebook"));
    assertThat(summary.pending())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.code()).isEqualTo("assist.summary.pending.unanswered");
              assertThat(line.arguments()).containsExactly("4", START.plus(step(4)).toString());
            });
  }

  @Test
  void aCustomerChasingAnAnswerStillWantsWhatTheyFirstAskedFor() {
    var timeline =
        List.of(
            TimelineEntry.customer(START, "my bag did not arrive", Intent.BAGGAGE_LOST, null),
            TimelineEntry.customer(
                START.plusSeconds(60), "hello? anyone there?", Intent.CUSTOMER_SERVICE, null),
            TimelineEntry.customer(START.plusSeconds(120), "please", Intent.OTHER, null));

    assertThat(HandOverSummary.of(timeline).wants().arguments()).startsWith("baggage_lost");
    assertThat(HandOverSummary.of(timeline.subList(1, 3)).wants().arguments())
        .as("with nothing else asked, being answered is what they want")
        .startsWith("customer_service");
  }

  @Test
  void listsTheApprovalAndTheFailedReplyStillOpen() {
    // 741326: stuck in Verona; the only reply failed and a refund waits for a supervisor.
    var dialog = dialog("741326");
    var timeline = new ArrayList<TimelineEntry>();
    timeline.add(customer(dialog.turns().get(0).text(), START));
    timeline.add(TimelineEntry.action(START.plus(step(1)), "refund", Outcome.PENDING));
    timeline.add(
        TimelineEntry.reply(START.plus(step(2)), dialog.turns().get(1).text(), Outcome.FAILED));

    var summary = HandOverSummary.of(timeline);

    assertThat(summary.keySentences()).first().isEqualTo("Please can you share an update?");
    assertThat(summary.done()).isEmpty();
    assertThat(summary.pending())
        .extracting(SummaryLine::code)
        .containsExactly(
            "assist.summary.pending.unanswered",
            "assist.summary.pending.approval",
            "assist.summary.pending.reply_failed");
  }

  @Test
  void forgetsAFailedReplyOnceALaterOneWasSent() {
    // 230681: every question answered; a failed attempt before the last reply no longer matters.
    var timeline = timeline(dialog("230681"));
    var lastReply = timeline.get(timeline.size() - 2);
    timeline.add(
        TimelineEntry.reply(lastReply.at().minusSeconds(60), lastReply.text(), Outcome.FAILED));

    var summary = HandOverSummary.of(timeline);

    assertThat(summary.done())
        .extracting(SummaryLine::arguments)
        .containsExactly(List.of("3", lastReply.at().toString()));
    // Only the customer's closing thanks is after the last reply.
    assertThat(summary.pending())
        .extracting(SummaryLine::code)
        .containsExactly("assist.summary.pending.unanswered");
  }

  @Test
  void isShownAboveLongConversationsOnly() {
    assertThat(HandOverSummary.worthShowing(timeline(dialog("271343")))).isTrue();
    assertThat(HandOverSummary.worthShowing(timeline(dialog("741326")))).isFalse();
  }

  @Test
  void saysNothingIsKnownWhenTheCustomerHasNotWritten() {
    var summary = HandOverSummary.of(List.of(TimelineEntry.action(START, "seat", Outcome.DONE)));

    assertThat(summary.wants().code()).isEqualTo("assist.summary.wants.unknown");
    assertThat(summary.keySentences()).isEmpty();
  }

  static ArrayList<TimelineEntry> timeline(Dialog dialog) {
    var timeline = new ArrayList<TimelineEntry>();
    for (int i = 0; i < dialog.turns().size(); i++) {
      var turn = dialog.turns().get(i);
      Instant at = START.plus(step(i));
      timeline.add(
          turn.customer()
              ? customer(turn.text(), at)
              : TimelineEntry.reply(at, turn.text(), Outcome.DONE));
    }
    return timeline;
  }

  static TimelineEntry customer(String text, Instant at) {
    var triaged = triage.classify(TriageRequest.ofText(text, at));
    return TimelineEntry.customer(at, text, triaged.intent(), triaged.urgency().level());
  }

  static Duration step(int turns) {
    return Duration.ofMinutes(10L * turns);
  }

  static Dialog dialog(String id) {
    return dialogs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  static List<Dialog> load() {
    try {
      var csv =
          Path.of(
              Objects.requireNonNull(
                      HandOverSummaryTest.class.getResource("/assist/summary-dialogs.csv"))
                  .toURI());
      return Dialogs.read(csv, 10);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
