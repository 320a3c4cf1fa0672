package io.purser.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purser.conversation.ConversationStatus;
import io.purser.conversation.domain.ConversationLifecycle.Change;
import io.purser.conversation.domain.ConversationLifecycle.Placement;
import io.purser.conversation.domain.ConversationLifecycle.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationLifecycleTest {

  static final Instant RESOLVED = Instant.parse("2026-03-01T10:00:00Z");
  final ConversationLifecycle lifecycle = new ConversationLifecycle(Duration.ofDays(7));

  @Test
  void appendsToTheActiveConversationAndWakesAPendingOne() {
    var pending = new State(4, ConversationStatus.PENDING, null);
    assertThat(lifecycle.placeCustomerMessage(Optional.of(pending), Optional.empty(), RESOLVED))
        .isEqualTo(new Placement.Append(4, ConversationStatus.OPEN));
    var fresh = new State(5, ConversationStatus.NEW, null);
    assertThat(lifecycle.placeCustomerMessage(Optional.of(fresh), Optional.empty(), RESOLVED))
        .isEqualTo(new Placement.Append(5, ConversationStatus.NEW));
  }

  @Test
  void reopensAResolvedConversationUpToTheEndOfTheWindow() {
    var resolved = Optional.of(new State(7, ConversationStatus.RESOLVED, RESOLVED));
    assertThat(
            lifecycle.placeCustomerMessage(
                Optional.empty(), resolved, RESOLVED.plus(Duration.ofDays(7))))
        .isEqualTo(new Placement.Reopen(7));
    assertThat(
            lifecycle.placeCustomerMessage(
                Optional.empty(), resolved, RESOLVED.plus(Duration.ofDays(7)).plusMillis(1)))
        .isEqualTo(new Placement.StartNew(Optional.of(7L)));
  }

  @Test
  void startsTheFirstConversationOfANewCustomer() {
    assertThat(lifecycle.placeCustomerMessage(Optional.empty(), Optional.empty(), RESOLVED))
        .isEqualTo(new Placement.StartNew(Optional.empty()));
  }

  @Test
  void refusesToChangeAClosedConversationOrMakeOneNewAgain() {
    assertThat(lifecycle.change(ConversationStatus.CLOSED, ConversationStatus.OPEN))
        .isInstanceOf(Change.Refused.class);
    assertThat(lifecycle.change(ConversationStatus.OPEN, ConversationStatus.NEW))
        .isInstanceOf(Change.Refused.class);
    assertThat(lifecycle.change(ConversationStatus.OPEN, ConversationStatus.OPEN))
        .isInstanceOf(Change.Refused.class);
    assertThat(lifecycle.change(ConversationStatus.RESOLVED, ConversationStatus.OPEN))
        .isEqualTo(new Change.Allowed(ConversationStatus.RESOLVED, ConversationStatus.OPEN));
  }

  @Test
  void rejectsANegativeWindow() {
    assertThatThrownBy(() -> new ConversationLifecycle(Duration.ofDays(-1)))
        .hasMessageContaining("negative");
  }
}
