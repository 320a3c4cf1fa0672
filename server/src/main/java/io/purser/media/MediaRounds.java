package io.purser.media;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MediaWorker}'s rounds on threads of their own ({@code purser.media.workers}): a
 * download may take its whole timeout and OCR half a minute per image, which must not hold back the
 * SLA sweeper and the routing dispatcher on the application's scheduler. The scheduler only starts
 * rounds and never waits for one.
 */
@Component
class MediaRounds implements DisposableBean {

  private final MediaWorker worker;
  private final Semaphore idle;
  private final ExecutorService threads;

  MediaRounds(MediaWorker worker, MediaSettings settings) {
    int workers = settings.workers();
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
  @Scheduled(fixedDelayString = "#{@mediaSettings.interval()}", initialDelayString = "PT2S")
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
