package io.purser.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.ConsoleEvents;
import io.purser.testing.ConsoleSession;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live updates: a browser that stops reading holds back nobody else. Each browser has its own queue
 * and sender; the one that cannot keep up is dropped and reconnects.
 */
class ConsoleStreamsIT extends IntegrationTest {

  @Autowired ConsoleStreams streams;

  @Test
  void aClientThatNeverReadsDoesNotDelayAnotherWorkspacesUpdates() throws Exception {
    var stalled = api.newWorkspace();
    var stalledName = "stalled-" + Ids.random();
    api.newUser(stalled, stalledName, "AGENT");
    var other = api.newWorkspace();
    var otherName = "reader-" + Ids.random();
    api.newUser(other, otherName, "AGENT");

    try (var neverReads = connectWithoutReading(signIn(stalled, stalledName));
        var lines = ConsoleEvents.open(port, signIn(other, otherName))) {
      // Events of a megabyte and more fill the socket buffers of the client that does not read:
      // a write to it then blocks until Tomcat's write timeout.
      for (int round = 0; round < 6; round++) {
        for (long id = 0; id < 200_000; id++) {
          streams.changed(stalled.id(), round * 1_000_000L + id);
        }
        Thread.sleep(300);
      }

      streams.changed(other.id(), 4242);

      assertThat(lines.next(Duration.ofSeconds(3)))
          .as("the other workspace's browser hears of its change at once")
          .isEqualTo("event:conversations data:4242");
    }
  }

  /** A session of one of the workspace's users, made by {@link Api#newUser}. */
  private ConsoleSession signIn(Api.Workspace ws, String username) {
    return ConsoleSession.signedIn(port, ws.slug(), username, Api.PASSWORD);
  }

  /** A raw HTTP client with a tiny receive buffer that reads the headers and nothing more. */
  private Socket connectWithoutReading(ConsoleSession session) throws Exception {
    var socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.connect(new InetSocketAddress("localhost", port));
    socket
        .getOutputStream()
        .write(
            ("GET /console/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Cookie: "
                    + session.cookieHeader()
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    socket.setSoTimeout(3_000);
    var head = readHead(socket.getInputStream());
    assertThat(head).as("the stream answers at once").startsWith("HTTP/1.1 200");
    return socket;
  }

  private static String readHead(InputStream in) throws Exception {
    var head = new StringBuilder();
    try {
      while (!head.toString().endsWith("\r\n\r\n")) {
        int c = in.read();
        if (c < 0) {
          break;
        }
        head.append((char) c);
      }
    } catch (SocketTimeoutException noMore) {
      // the headers so far are enough
    }
    return head.toString();
  }
}
