package io.purser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DrainingTest {

  @Test
  void aWorkerFinishesTheBatchItHoldsWithoutBeingInterrupted() throws Exception {
    var running = new AtomicBoolean(true);
    var inBatch = new CountDownLatch(1);
    var finished = new AtomicBoolean();
    var interrupted = new AtomicBoolean();
    var worker =
        new Thread(
            () -> {
              while (running.get()) {
                inBatch.countDown();
                try {
                  Thread.sleep(300); // a batch under way when the node stops
                  finished.set(true);
                } catch (InterruptedException e) {
                  interrupted.set(true);
                  return;
                }
              }
            });
    worker.start();
    inBatch.await();
    running.set(false);

    assertThat(Draining.drain(List.of(worker), () -> {}, Duration.ofSeconds(10))).isTrue();
    assertThat(finished).as("the batch completed").isTrue();
    assertThat(interrupted).as("nobody cut it off").isFalse();
    assertThat(worker.isAlive()).isFalse();
  }

  @Test
  void aWaitingWorkerIsWokenAndAStuckOneIsInterruptedAfterTheGrace() throws Exception {
    var lock = new Object();
    var waiting = new CountDownLatch(1);
    var woken = new AtomicBoolean();
    var waiter =
        new Thread(
            () -> {
              synchronized (lock) {
                waiting.countDown();
                try {
                  lock.wait(60_000);
                  woken.set(true);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    var stuck = new AtomicBoolean();
    var stuckWorker =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                stuck.set(true);
              }
            });
    waiter.start();
    stuckWorker.start();
    waiting.await();
    Runnable wake =
        () -> {
          synchronized (lock) {
            lock.notifyAll();
          }
        };

    assertThat(Draining.drain(List.of(waiter, stuckWorker), wake, Duration.ofMillis(500)))
        .as("one thread did not end of its own accord")
        .isFalse();
    waiter.join(5_000);
    stuckWorker.join(5_000);
    assertThat(woken).as("the waiting worker was woken, not interrupted").isTrue();
    assertThat(stuck).as("the stuck one was interrupted once the grace ran out").isTrue();
  }
}
