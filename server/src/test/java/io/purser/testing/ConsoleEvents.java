package io.purser.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A console page's live stream ({@code GET /console/events}) read as a browser reads it, line by
 * line as the lines come, in a session signed in over plain HTTP.
 */
public final class ConsoleEvents implements AutoCloseable {

  private final Stream<String> body;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

  private ConsoleEvents(Stream<String> body) {
    this.body = body;
    var reader = new Thread(() -> body.forEach(received::add), "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream of the server on {@code port} as {@code session}'s user. */
  public static ConsoleEvents open(int port, ConsoleSession session) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/events"))
                    .header("Accept", "text/event-stream")
                    .header("Cookie", session.cookieHeader())
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the stream answered " + response.statusCode());
    }
    return new ConsoleEvents(response.body());
  }

  /**
   * The next event's name and data lines joined by a space ({@code "event:conversations
   * data:4242"}), or a sentence saying that none came {@code within}.
   */
  public String next(Duration within) throws InterruptedException {
    var deadline = System.nanoTime() + within.toNanos();
    var event = new StringBuilder();
    while (System.nanoTime() < deadline) {
      var line = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      if (line.isEmpty() && !event.isEmpty()) {
        return event.toString().strip();
      }
      if (line.startsWith("event:") || line.startsWith("data:")) {
        event.append(line).append(' ');
      }
    }
    return "nothing within " + within + " (" + event + ")";
  }

  /** The first event {@code within} that starts with {@code prefix}, or what {@link #next} said. */
  public String nextStartingWith(String prefix, Duration within) throws InterruptedException {
    var deadline = System.nanoTime() + within.toNanos();
    while (true) {
      var event = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (event.startsWith(prefix) || event.startsWith("nothing within")) {
        return event;
      }
    }
  }

  /**
   * Waits until no event has come for {@code quiet}, at most {@code within}, so that what comes
   * next was caused by what the test does next; answers whether it fell quiet.
   */
  public boolean awaitQuiet(Duration quiet, Duration within) throws InterruptedException {
    var deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (next(quiet).startsWith("nothing within")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    body.close();
  }
}
