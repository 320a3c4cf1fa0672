package io.purser.channels.x;

import io.purser.reply.OutboundMessage;
import io.purser.reply.OutboundMessage.Delivery;
import io.purser.testing.WireMockStandIn;
import io.purser.workspace.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A WireMock stand-in for the X API and a sender pointed at it, on a clock that stands still. */
final class XApiStandIn extends WireMockStandIn {

  static final String TOKEN = "x-user-token-do-not-log";
  static final Instant NOW = Instant.parse("2024-01-16T15:55:00Z");
  // Generous: a busy machine (CI with parallel builds) can take seconds to answer a first request.
  static final Duration READ_TIMEOUT = Duration.ofSeconds(8);
  // For the one test whose answer must come too late: it waits this long, not READ_TIMEOUT.
  static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(1);

  XApiSender sender() {
    return senderFor(server.baseUrl());
  }

  /** A sender that gives up reading an answer after {@link #SHORT_READ_TIMEOUT}. */
  XApiSender impatientSender() {
    return senderFor(server.baseUrl(), SHORT_READ_TIMEOUT);
  }

  static XApiSender senderFor(String baseUrl) {
    return senderFor(baseUrl, READ_TIMEOUT);
  }

  private static XApiSender senderFor(String baseUrl, Duration readTimeout) {
    var settings = new XSettings(null, baseUrl, Duration.ofSeconds(5), readTimeout);
    return new XApiSender(settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static OutboundMessage replyPost(String text, String inReplyToPostId) {
    return message(Delivery.PUBLIC_POST, null, inReplyToPostId, text);
  }

  static OutboundMessage directMessage(String participantId, String text) {
    return message(Delivery.PRIVATE_MESSAGE, participantId, null, text);
  }

  static OutboundMessage message(
      Delivery delivery, String recipient, String inReplyTo, String text) {
    return new OutboundMessage(
        42L,
        "reply-42",
        Network.X,
        delivery,
        "2244994945",
        TOKEN,
        recipient,
        inReplyTo,
        text,
        false);
  }

  static String fixture(String name) {
    try (InputStream in = XApiStandIn.class.getResourceAsStream("/fixtures/outbound/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name + " under fixtures/outbound");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
