package io.purser.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseClientTest {

  private final ExecutorService writers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    writers.shutdownNow();
  }

  /** A browser whose connection is full: every write waits until it reads again. */
  static final class StuckBrowser extends SseEmitter {
    final CountDownLatch reads = new CountDownLatch(1);
    final AtomicInteger written = new AtomicInteger();
    final AtomicBoolean completed = new AtomicBoolean();

    @Override
    public void send(SseEventBuilder event) {
      try {
        reads.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      written.incrementAndGet();
    }

    @Override
    public void complete() {
      completed.set(true);
    }
  }

  @Test
  void offeringNeverWaitsForAStuckBrowserAndOneThatFallsBehindIsDropped() {
    var browser = new StuckBrowser();
    var dropped = new AtomicBoolean();
    var client = new SseClient(browser, writers, c -> dropped.set(true));

    client.offer(SseEmitter.event().data("first")); // the writer now waits on the browser
    await().pollDelay(Duration.ofMillis(100)).until(() -> true);
    for (int i = 0; i < SseClient.QUEUE; i++) {
      client.offer(SseEmitter.event().data("queued " + i));
    }
    assertThat(dropped).isFalse();

    client.offer(SseEmitter.event().data("one too many"));

    assertThat(dropped).as("dropped from its workspace at once").isTrue();
    assertThat(browser.completed).as("not while a write is under way").isFalse();
    browser.reads.countDown();
    await().atMost(Duration.ofSeconds(5)).untilTrue(browser.completed);
    assertThat(browser.written).hasValue(1);
  }

  @Test
  void writesEveryEventToABrowserThatKeepsUp() throws InterruptedException {
    var browser = new StuckBrowser();
    browser.reads.countDown();
    var dropped = new AtomicBoolean();
    var client = new SseClient(browser, writers, c -> dropped.set(true));

    for (int i = 0; i < 100; i++) {
      client.offer(SseEmitter.event().data("event " + i));
      if (i % SseClient.QUEUE == 0) {
        Thread.sleep(20); // a browser that keeps up: never a full queue behind
      }
    }

    await().atMost(Duration.ofSeconds(5)).until(() -> browser.written.get() == 100);
    assertThat(dropped).isFalse();
    assertThat(browser.completed).isFalse();
  }
}
