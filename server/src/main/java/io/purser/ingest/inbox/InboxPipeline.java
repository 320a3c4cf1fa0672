package io.purser.ingest.inbox;

import io.purser.Draining;
import io.purser.FailureDescription;
import io.purser.ingest.IngestSettings;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The workers that drain the inbox: {@code purser.ingest.workers} threads per node, worker {@code
 * i} taking only the deliveries whose partition key modulo the number of workers is {@code i}.
 * Deliveries are partitioned by customer when appended ({@link DeliveryPartitions}), so each
 * customer's events are processed in the order they arrived while different customers are processed
 * in parallel. Several nodes share the inbox through SKIP LOCKED. At start the workers pick up
 * whatever a crashed predecessor left pending.
 */
@Component
class InboxPipeline implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxPipeline.class);

  private final DeliveryProcessor processor;
  private final PipelineSignal signal;
  private final IngestSettings settings;
  private volatile List<Thread> workers = List.of();

  InboxPipeline(DeliveryProcessor processor, PipelineSignal signal, IngestSettings settings) {
    this.processor = processor;
    this.signal = signal;
    this.settings = settings;
  }

  private void run(int worker, int count) {
    while (workers.contains(Thread.currentThread())) {
      try {
        long seen = signal.generation();
        int taken = processor.processNextBatch(worker, count);
        if (taken == 0) {
          signal.await(seen, settings.pollInterval());
        } else if (taken < settings.batchSize() && !settings.linger().isZero()) {
          // A stream is flowing: let the next batch gather instead of committing a few at a time.
          Thread.sleep(settings.linger().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        // The database may be briefly unreachable: nothing is lost, the deliveries stay pending.
        // Described, not printed: the messages in a stack trace may quote a customer's text.
        log.error(
            "Pipeline worker {} could not process the inbox ({}); trying again shortly",
            worker,
            FailureDescription.of(e));
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(settings.pollInterval().toMillis() * 4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    int count = settings.workers();
    var started = new ArrayList<Thread>(count);
    for (int i = 0; i < count; i++) {
      int worker = i;
      var thread = new Thread(() -> run(worker, count), "inbox-pipeline-" + i);
      thread.setDaemon(true);
      started.add(thread);
    }
    workers = List.copyOf(started);
    started.forEach(Thread::start);
  }

  /**
   * Drains: the workers take no new batch, and the batches they hold commit before the node goes
   * (what is still pending waits for another node, or this one's restart).
   */
  @Override
  public void stop() {
    var running = workers;
    workers = List.of();
    if (!Draining.drain(running, signal::wake, Draining.GRACE)) {
      log.warn("Pipeline workers were still busy after {}; interrupted", Draining.GRACE);
    }
  }

  @Override
  public boolean isRunning() {
    return !workers.isEmpty();
  }
}
