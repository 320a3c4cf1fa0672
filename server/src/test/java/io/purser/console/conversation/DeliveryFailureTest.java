package io.purser.console.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outbox's technical errors, as the senders write them, read as reasons an agent follows. */
class DeliveryFailureTest {

  @Test
  void aNetworkThatNeverAnsweredSaysHowManyTimesItWasTried() {
    assertThat(
            DeliveryFailure.of(
                "gave up after 8 attempts: X unreachable: UnresolvedAddressException"))
        .isEqualTo(new DeliveryFailure("delivery.failed.unreachable", 8));
  }

  @Test
  void aCustomerWhoTakesNoDirectMessagesIsNamedAsSuch() {
    assertThat(DeliveryFailure.of("349: You cannot send messages to this user.").key())
        .isEqualTo("delivery.failed.dmClosed");
    assertThat(DeliveryFailure.of("Forbidden: You cannot send messages to this user.").key())
        .isEqualTo("delivery.failed.dmClosed");
    assertThat(DeliveryFailure.of("551: This person isn't available right now.").key())
        .isEqualTo("delivery.failed.dmClosed");
  }

  @Test
  void anExpiredOrRevokedTokenAsksForTheAccountToBeConnectedAgain() {
    assertThat(DeliveryFailure.of("http-401: X answered 401").key())
        .isEqualTo("delivery.failed.token");
    assertThat(DeliveryFailure.of("89: Invalid or expired token.").key())
        .isEqualTo("delivery.failed.token");
    assertThat(DeliveryFailure.of("190: Error validating access token: Session has expired").key())
        .isEqualTo("delivery.failed.token");
  }

  @Test
  void otherRefusalsSayWhoRefused() {
    assertThat(DeliveryFailure.of("10/2018278: Message sent outside of allowed window.").key())
        .isEqualTo("delivery.failed.window");
    assertThat(DeliveryFailure.of("duplicate: Status is a duplicate.").key())
        .isEqualTo("delivery.failed.duplicate");
    assertThat(DeliveryFailure.of("invalid-message: no text and no image").key())
        .isEqualTo("delivery.failed.invalid");
    assertThat(DeliveryFailure.of("Forbidden: You are not permitted to reply").key())
        .isEqualTo("delivery.failed.refused");
    assertThat(DeliveryFailure.of(null).key()).isEqualTo("delivery.failed.refused");
  }
}
