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

  /**
   * Two browsers of one workspace (the page an agent just left is still connected until a write
   * fails) each hear every change. They once shared one event builder, written by two sender
   * threads at once, and a change could be lost for both.
   */
  @Test
  void everyBrowserOfAWorkspaceHearsEveryChange() throws Exception {
    var ws = api.newWorkspace();
    var name = "twice-" + Ids.random();
    api.newUser(ws, name, "AGENT");
    try (var first = ConsoleEvents.open(port, signIn(ws, name));
        var second = ConsoleEvents.open(port, signIn(ws, name))) {
      var expected = new java.util.TreeSet<Long>();
      for (long id = 1; id <= 40; id++) {
        streams.changed(ws.id(), id);
        expected.add(id);
        Thread.sleep(id % 4 == 0 ? ConsoleStreams.GATHER.toMillis() + 50 : 5);
      }
      assertThat(heard(first, expected.size())).as("the first browser").isEqualTo(expected);
      assertThat(heard(second, expected.size())).as("the second browser").isEqualTo(expected);
    }
  }

  /** The conversation ids named by the events of one stream, until {@code count} or 5 s. */
  private static java.util.SortedSet<Long> heard(ConsoleEvents stream, int count)
      throws InterruptedException {
    var ids = new java.util.TreeSet<Long>();
    while (ids.size() < count) {
      var event = stream.next(Duration.ofSeconds(5));
      if (!event.startsWith("event:conversations data:")) {
        break;
      }
      for (var id : event.substring("event:conversations data:".length()).split(",")) {
        ids.add(Long.parseLong(id.strip()));
      }
    }
    return ids;
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
