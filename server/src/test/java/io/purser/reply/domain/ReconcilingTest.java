package io.purser.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.reply.Reconciliation;
import io.purser.reply.domain.Reconciling.Step;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reply of unknown outcome is reconciled with the network, never resent blindly. */
class ReconcilingTest {

  private static final Instant SENT = Instant.parse("2026-12-06T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(2);
  private static final Duration INTERVAL = Duration.ofSeconds(10);

  private static Step decide(Reconciliation answer, int resends, Duration since) {
    return Reconciling.decide(
        new Reconciling.Situation(answer, SENT, resends, SENT.plus(since), WINDOW, INTERVAL));
  }

  @Test
  void aReplyTheNetworkHasIsMarkedSentWithItsId() {
    assertThat(decide(new Reconciliation.Found("1445"), 0, Duration.ofSeconds(10)))
        .isEqualTo(new Step.MarkSent("1445"));
  }

  @Test
  void aReplyProvedAbsentIsSentAgainOnlyOnce() {
    assertThat(decide(new Reconciliation.Absent(), 0, Duration.ofSeconds(10)))
        .isEqualTo(new Step.SendAgain());
    assertThat(decide(new Reconciliation.Absent(), 1, Duration.ofSeconds(10)))
        .isInstanceOf(Step.AskAgent.class);
  }

  @Test
  void aLookUpThatCannotTellIsRepeatedInsideTheWindowThenTheAgentDecides() {
    assertThat(decide(new Reconciliation.CannotTell("X answered 503"), 0, Duration.ofSeconds(30)))
        .isEqualTo(new Step.LookAgain(SENT.plusSeconds(40), "X answered 503"));
    var late = decide(new Reconciliation.CannotTell("X answered 503"), 0, Duration.ofMinutes(3));
    assertThat(late).isInstanceOf(Step.AskAgent.class);
    assertThat(((Step.AskAgent) late).reason()).contains("X answered 503");
  }

  @Test
  void aReplyNoLookUpCanFindGoesToTheAgentAtOnce() {
    assertThat(decide(new Reconciliation.Unverifiable("no wamid"), 0, Duration.ZERO))
        .isEqualTo(new Step.AskAgent("no wamid"));
  }
}
