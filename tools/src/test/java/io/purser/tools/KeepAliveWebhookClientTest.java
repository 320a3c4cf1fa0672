package io.purser.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.purser.channels.x.XSignatures;
import io.purser.replay.XWebhookReplayer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's own HTTP client against a real server (the JDK's): it must read every shape of
 * answer (sized, chunked, closing) without losing its place on the kept-alive connection, send the
 * body and its signature intact, and try a 503 again.
 */
class KeepAliveWebhookClientTest {

  private HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger unavailable = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/webhooks/x",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          var signature = exchange.getRequestHeaders().getFirst(XSignatures.HEADER);
          received.add(body + " " + signature);
          if (body.contains("busy") && unavailable.getAndIncrement() < 2) {
            exchange.sendResponseHeaders(503, -1);
          } else if (body.contains("chunked")) {
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            exchange
                .getResponseBody()
                .write("{\"a\":1}".repeat(3000).getBytes(StandardCharsets.UTF_8));
          } else if (body.contains("close")) {
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
          } else if (body.contains("refuse")) {
            exchange.sendResponseHeaders(401, 5);
            exchange.getResponseBody().write("nope!".getBytes(StandardCharsets.UTF_8));
          } else {
            exchange.sendResponseHeaders(200, -1);
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void everyShapeOfAnswerIsReadAndTheNextRequestStillGoesThrough() throws Exception {
    try (var client = new KeepAliveWebhookClient(baseUrl() + "/", "secret")) {
      for (var body : List.of("plain", "chunked", "plain", "close", "plain", "refuse", "plain")) {
        int expected = body.equals("refuse") ? 401 : 200;
        assertThat(client.deliver(body.getBytes(StandardCharsets.UTF_8)))
            .as(body)
            .isEqualTo(expected);
      }
    }
    assertThat(received)
        .extracting(r -> r.substring(0, r.indexOf(' ')))
        .containsExactly("plain", "chunked", "plain", "close", "plain", "refuse", "plain");
    var signed = XSignatures.sign("secret", "plain".getBytes(StandardCharsets.UTF_8));
    assertThat(received.get(0)).isEqualTo("plain " + signed);
  }

  @Test
  void unavailableIsTriedAgainUntilAccepted() throws Exception {
    try (var client = new KeepAliveWebhookClient(baseUrl(), "secret")) {
      assertThat(client.deliver("busy".getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }
    assertThat(received).hasSize(3);
  }

  @Test
  void aServerThatIsGoneGivesNoAnswer() throws Exception {
    var url = baseUrl();
    server.stop(0);
    try (var client = new KeepAliveWebhookClient(url, "secret", 2)) {
      assertThat(client.deliver("plain".getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(XWebhookReplayer.NO_ANSWER);
    }
  }
}
