package io.purser.media;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MediaWorker}'s rounds on threads of their own. A download may take its whole
 * timeout and OCR half a minute per image; on the application's scheduler that held back the SLA
 * sweeper and the routing dispatcher behind a burst of images, so breaches fired late. The
 * scheduler now only starts rounds, each on one of {@code purser.media.workers} threads (default
 * 2), and never waits for one.
 */
@Component
class MediaRounds implements DisposableBean {

  private final MediaWorker worker;
  private final Semaphore idle;
  private final ExecutorService threads;

  MediaRounds(MediaWorker worker, @Value("${purser.media.workers:2}") int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("purser.media.workers must be at least 1");
    }
    this.worker = worker;
    this.idle = new Semaphore(workers);
    var count = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              var thread = new Thread(r, "media-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts a round on every idle media thread; returns at once. */
  @Scheduled(fixedDelayString = "${purser.media.interval:PT1S}", initialDelayString = "PT2S")
  void start() {
    while (idle.tryAcquire()) {
      try {
        threads.execute(this::round);
      } catch (RejectedExecutionException stopping) {
        idle.release();
        return;
      }
    }
  }

  private void round() {
    try {
      worker.work();
    } finally {
      idle.release();
    }
  }

  @Override
  public void destroy() {
    threads.shutdownNow();
  }
}
