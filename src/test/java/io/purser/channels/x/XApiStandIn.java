package io.purser.channels.x;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.purser.reply.OutboundMessage;
import io.purser.reply.OutboundMessage.Delivery;
import io.purser.workspace.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A WireMock stand-in for the X API and a sender pointed at it, on a clock that stands still. */
final class XApiStandIn implements BeforeEachCallback, AfterEachCallback {

  static final String TOKEN = "x-user-token-do-not-log";
  static final Instant NOW = Instant.parse("2024-01-16T15:55:00Z");
  // Generous: a busy machine (CI with parallel builds) can take seconds to answer a first request.
  static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

  final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

  XApiStandIn start() {
    server.start();
    return this;
  }

  void stop() {
    server.stop();
  }

  /** Registered with {@code @RegisterExtension}, it runs for each test of the class. */
  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }

  XApiSender sender() {
    return senderFor(server.baseUrl());
  }

  static XApiSender senderFor(String baseUrl) {
    var settings = new XApiSettings(baseUrl, Duration.ofSeconds(5), READ_TIMEOUT);
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
