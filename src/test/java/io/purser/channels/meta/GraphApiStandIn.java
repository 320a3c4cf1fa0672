package io.purser.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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

/**
 * A WireMock stand-in for the Graph API and a client pointed at it, on a clock that stands still.
 */
final class GraphApiStandIn implements BeforeEachCallback, AfterEachCallback {

  static final String TOKEN = "page-token-do-not-log";
  static final String ACCOUNT = "1067280970047460";
  static final Instant NOW = Instant.parse("2024-01-16T15:55:00Z");
  // Generous: a busy machine (CI with parallel builds) can take seconds to answer a first request.
  static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

  final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

  GraphApiStandIn start() {
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

  GraphApiClient graph() {
    return graphAt(server.baseUrl());
  }

  static GraphApiClient graphAt(String baseUrl) {
    var settings = new MetaGraphSettings(baseUrl, "v21.0", Duration.ofSeconds(5), READ_TIMEOUT);
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
