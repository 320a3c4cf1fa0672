package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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

/**
 * A WireMock stand-in for the Graph API and a client pointed at it, on a clock that stands still.
 */
final class GraphApiStandIn extends WireMockStandIn {

  static final String TOKEN = "page-token-do-not-log";
  static final String ACCOUNT = "1067280970047460";
  static final Instant NOW = Instant.parse("2024-01-16T15:55:00Z");
  // Generous: a busy machine (CI with parallel builds) can take seconds to answer a first request.
  static final Duration READ_TIMEOUT = Duration.ofSeconds(8);
  // For the one test whose answer must come too late: it waits this long, not READ_TIMEOUT.
  static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(1);

  GraphApiClient graph() {
    return graphAt(server.baseUrl());
  }

  /** A client that gives up reading an answer after {@link #SHORT_READ_TIMEOUT}. */
  GraphApiClient impatientGraph() {
    return graphAt(server.baseUrl(), SHORT_READ_TIMEOUT);
  }

  static GraphApiClient graphAt(String baseUrl) {
    return graphAt(baseUrl, READ_TIMEOUT);
  }

  private static GraphApiClient graphAt(String baseUrl, Duration readTimeout) {
    var settings =
        new MetaSettings(null, null, baseUrl, "v21.0", Duration.ofSeconds(5), readTimeout);
    return new GraphApiClient(settings, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static OutboundMessage message(
      Network network,
      Delivery delivery,
      String recipient,
      String inReplyTo,
      String text,
      boolean humanAgentTag) {
    return new OutboundMessage(
        7L,
        "reply-7",
        network,
        delivery,
        ACCOUNT,
        TOKEN,
        recipient,
        inReplyTo,
        text,
        humanAgentTag);
  }

  static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static String fixture(String name) {
    try (InputStream in = GraphApiStandIn.class.getResourceAsStream("/fixtures/outbound/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name + " under fixtures/outbound");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
