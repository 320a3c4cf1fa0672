package io.purser.ingest.inbox;

import io.purser.FailureDescription;
import io.purser.ingest.InboundDelivery;
import io.purser.ingest.Inbox;
import io.purser.ingest.IngestSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Inbox}'s writer. Under load many webhook threads append at once; one writer thread
 * gathers whatever is waiting and commits it in a single batched transaction (group commit), so the
 * database pays one commit for many deliveries instead of one each.
 */
@Service
class InboxWriter implements Inbox, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxWriter.class);

  private static final int MAX_GROUP = 500;

  /** How often a gathering writer looks again whether deliveries are still on their way. */
  private static final long ARRIVAL_CHECK_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

  private record PendingAppend(
      InboundDelivery delivery, int partition, CompletableFuture<Void> done) {}

  private final LinkedBlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();

  /** Webhook threads inside {@link #append} that have not queued their delivery yet. */
  private final AtomicInteger arriving = new AtomicInteger();

  private final InboxRows rows;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final IngestSettings settings;
  private final PipelineSignal signal;
  private final DeliveryReader reader;
  private volatile Thread writer;
  private volatile WriterState state = WriterState.STARTING;

  InboxWriter(
      InboxRows rows,
      TransactionTemplate transactions,
      Clock clock,
      IngestSettings settings,
      PipelineSignal signal,
      DeliveryReader reader) {
    this.rows = rows;
    this.transactions = transactions;
    this.clock = clock;
    this.settings = settings;
    this.signal = signal;
    this.reader = reader;
  }

  @Override
  public void append(InboundDelivery delivery) {
    var thread = writer;
    if (thread == null) {
      throw new NotStoredException("the inbox is not running", null);
    }
    if (!thread.isAlive()) {
      restartIfDead();
    }
    // Partitioned here, on the request thread, so the single writer does nothing but write.
    arriving.incrementAndGet();
    PendingAppend pending;
    try {
      pending =
          new PendingAppend(delivery, DeliveryPartitions.of(delivery), new CompletableFuture<>());
      queue.add(pending);
    } finally {
      arriving.decrementAndGet();
    }
    try {
      pending.done().get(settings.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotStoredException("interrupted while storing the delivery", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new NotStoredException("the delivery could not be stored", e);
    }
  }

  private void writeLoop() {
    var group = new ArrayList<PendingAppend>(MAX_GROUP);
    while (writer == Thread.currentThread()) {
      try {
        var first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          probeWhileFailing();
          continue;
        }
        group.add(first);
        gather(group);
        commit(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Throwable e) {
        // Even an Error (memory ran out for one group): those webhooks answer 503 and the network
        // delivers again, and the writer goes on. A dead writer turned every later delivery away
        // while health said UP.
        fail(group, e);
      } finally {
        group.clear();
      }
    }
  }

  /** Fails a group's appends (their webhooks answer 503) and remembers why, for health. */
  private void fail(List<PendingAppend> group, Throwable e) {
    state = WriterState.failing(FailureDescription.of(e), clock.instant());
    group.forEach(p -> p.done().completeExceptionally(e));
  }

  /** Once the database is back, health says so even before the next delivery comes. */
  private void probeWhileFailing() {
    if (state.failure() == null) {
      return;
    }
    try {
      rows.ping();
      state = WriterState.writing(clock.instant());
    } catch (RuntimeException stillDown) {
      state = WriterState.failing(FailureDescription.of(stillDown), clock.instant());
    }
  }

  /**
   * Takes what else is waiting, and the deliveries that webhook threads are about to queue: on H2
   * every commit writes the changed pages of every table to the file, so each delivery more in a
   * commit saves work. It waits only for deliveries already on their way ({@link #arriving}), for
   * at most {@code purser.ingest.append-linger}, never on the chance that one may come: while this
   * group commits, the next one gathers in the queue by itself. A fixed wait after every first
   * delivery (5 ms until 2026-11) cost more than it saved once the machine had a core to spare: the
   * clients waited on the timer while the cores idled (see docs/benchmarks.md).
   */
  private void gather(List<PendingAppend> group) throws InterruptedException {
    queue.drainTo(group, MAX_GROUP - group.size());
    long deadline = System.nanoTime() + settings.appendLinger().toNanos();
    while (group.size() < MAX_GROUP && arriving.get() > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      var next = queue.poll(Math.min(left, ARRIVAL_CHECK_NANOS), TimeUnit.NANOSECONDS);
      if (next != null) {
        group.add(next);
        queue.drainTo(group, MAX_GROUP - group.size());
      }
    }
  }

  private void commit(List<PendingAppend> group) {
    try {
      var ids =
          transactions.execute(
              tx ->
                  rows.insert(
                      group.stream().map(PendingAppend::delivery).toList(),
                      group.stream().map(PendingAppend::partition).toList()));
      // Before the pipeline is woken, so that it finds them; a rolled back group hands none over.
      for (int i = 0; i < group.size(); i++) {
        reader.handOver(ids.get(i), group.get(i).delivery());
      }
      state = WriterState.writing(clock.instant());
      group.forEach(p -> p.done().complete(null));
      signal.wake();
    } catch (RuntimeException e) {
      fail(group, e);
    }
  }

  @Override
  public synchronized void start() {
    var thread = new Thread(this::writeLoop, "inbox-writer");
    thread.setDaemon(true);
    writer = thread;
    thread.start();
  }

  /**
   * Starts a new writer if the running one has died (it should not: it survives every failure of a
   * group; this is the second line).
   */
  private synchronized void restartIfDead() {
    var thread = writer;
    if (thread != null && !thread.isAlive()) {
      log.error("The inbox writer had stopped; starting a new one");
      start();
    }
  }

  /**
   * How the writer is doing, for {@code /actuator/health}: whether it runs, and whether its last
   * write (or, while idle after a failure, its last look at the database) failed.
   */
  WriterState writerState() {
    var thread = writer;
    return thread != null && thread.isAlive() ? state : WriterState.stopped(state);
  }

  @Override
  public synchronized void stop() {
    var thread = writer;
    writer = null;
    if (thread != null) {
      thread.interrupt();
    }
    // Whatever was still waiting was never acknowledged: the network delivers it again.
    PendingAppend left;
    while ((left = queue.poll()) != null) {
      left.done().completeExceptionally(new IllegalStateException("shutting down"));
    }
  }

  @Override
  public boolean isRunning() {
    return writer != null;
  }

  /** Start before the web server takes requests, stop after it stopped taking them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 4096;
  }
}
