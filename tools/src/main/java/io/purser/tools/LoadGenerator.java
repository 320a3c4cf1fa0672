package io.purser.tools;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the deliveries of a run from several client threads, as fast as the server answers or at a
 * fixed rate, and notes when each message was first sent and whether any of its deliveries was
 * acknowledged with 200.
 */
final class LoadGenerator {

  private final String baseUrl;
  private final String secret;
  private final int concurrency;
  private final double ratePerSecond;

  /** Clients of the X webhook at {@code baseUrl}, signing with {@code secret}. */
  LoadGenerator(String baseUrl, String secret, int concurrency, double ratePerSecond) {
    if (concurrency < 1) {
      throw new CommandOptions.UsageException("--concurrency must be at least 1");
    }
    this.baseUrl = baseUrl;
    this.secret = secret;
    this.concurrency = concurrency;
    this.ratePerSecond = ratePerSecond;
  }

  /** What the clients saw, by message index. */
  record Sent(long startNanos, long endNanos, AtomicLongArray firstSendNanos, boolean[] acked) {

    int acknowledged() {
      int count = 0;
      for (boolean ack : acked) {
        count += ack ? 1 : 0;
      }
      return count;
    }
  }

  Sent send(BenchDeliveries deliveries) throws InterruptedException {
    var firstSend = new AtomicLongArray(deliveries.messages());
    var acked = new boolean[deliveries.messages()];
    var next = new AtomicInteger();
    var failure = new AtomicReference<Throwable>();
    var clientCpu = new AtomicLong();
    long start = System.nanoTime();
    var clients = new ArrayList<Thread>();
    for (int c = 0; c < concurrency; c++) {
      var client =
          new Thread(
              () -> {
                try (var http = new KeepAliveWebhookClient(baseUrl, secret)) {
                  sendUntilDone(http, deliveries, next, start, firstSend, acked);
                  clientCpu.addAndGet(
                      ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e);
                }
              },
              "bench-client-" + c);
      client.start();
      clients.add(client);
    }
    for (var client : clients) {
      client.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a benchmark client failed", failure.get());
    }
    System.err.printf("CPU of the benchmark's clients: %.1f s%n", clientCpu.get() / 1e9);
    return new Sent(start, System.nanoTime(), firstSend, acked);
  }

  private void sendUntilDone(
      KeepAliveWebhookClient http,
      BenchDeliveries deliveries,
      AtomicInteger next,
      long start,
      AtomicLongArray firstSend,
      boolean[] acked)
      throws InterruptedException {
    int[] order = deliveries.order();
    for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
      awaitSlot(start, i);
      int message = order[i];
      firstSend.compareAndSet(message, 0, System.nanoTime());
      if (http.deliver(deliveries.bodies().get(message)) == 200) {
        acked[message] = true; // read after join(), which publishes it
      }
    }
  }

  /** At a fixed rate, delivery i is due i/rate seconds after the start. */
  private void awaitSlot(long start, int i) throws InterruptedException {
    if (ratePerSecond <= 0) {
      return;
    }
    long wait = start + (long) (i * 1e9 / ratePerSecond) - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
