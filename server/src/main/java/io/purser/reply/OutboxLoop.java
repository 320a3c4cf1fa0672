package io.purser.reply;

import io.purser.Draining;
import io.purser.FailureDescription;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox worker on its own thread; woken at once when a reply is queued. Replies a stopped
 * node left "sending" need nothing at start: their lease runs out and they are reconciled.
 */
@Component
class OutboxLoop implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxLoop.class);

  private final OutboxWorker worker;
  private final ReplySettings settings;
  private final Object signal = new Object();
  private volatile Thread thread;

  OutboxLoop(OutboxWorker worker, ReplySettings settings) {
    this.worker = worker;
    this.settings = settings;
  }

  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  private void run() {
    while (thread == Thread.currentThread()) {
      try {
        if (worker.sendDue() == 0) {
          synchronized (signal) {
            signal.wait(settings.pollInterval().toMillis());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Nothing is lost: due replies stay in the outbox until a pass succeeds.
        // Described, not printed: a database error's message may quote a reply's text.
        log.error("The outbox worker failed a pass ({}); trying again", FailureDescription.of(e));
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void start() {
    var t = new Thread(this::run, "outbox-worker");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Drains: no new pass starts, and the replies of the pass under way are sent and recorded. */
  @Override
  public void stop() {
    var t = thread;
    thread = null;
    if (t != null && !Draining.drain(List.of(t), this::wake, Draining.GRACE)) {
      log.warn("The outbox worker was still sending after {}; interrupted", Draining.GRACE);
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
