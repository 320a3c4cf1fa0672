package io.purser.console.live;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser's event stream with its own small queue. Writing to a browser blocks while its
 * connection is full, so events are queued here and written by a sender of this client alone: a
 * browser that stops reading holds back only itself. One that falls {@value #QUEUE} events behind
 * is dropped: its stream ends and the browser reconnects and reloads, which costs less than
 * catching up.
 */
final class SseClient {

  static final int QUEUE = 16;

  private final SseEmitter emitter;
  private final Executor senders;
  private final Consumer<SseClient> onDrop;
  private final BlockingQueue<SseEmitter.SseEventBuilder> pending = new ArrayBlockingQueue<>(QUEUE);
  private final AtomicBoolean sending = new AtomicBoolean();
  private volatile boolean closed;

  SseClient(SseEmitter emitter, Executor senders, Consumer<SseClient> onDrop) {
    this.emitter = emitter;
    this.senders = senders;
    this.onDrop = onDrop;
  }

  /** Queues an event without ever waiting; drops the client when its queue is full. */
  void offer(SseEmitter.SseEventBuilder event) {
    if (closed) {
      return;
    }
    if (!pending.offer(event)) {
      close();
      return;
    }
    startSending();
  }

  /** Ends the stream: now when no write is under way, else as soon as the current one returns. */
  void close() {
    closed = true;
    onDrop.accept(this);
    if (sending.compareAndSet(false, true)) {
      emitter.complete();
    }
  }

  private void startSending() {
    if (sending.compareAndSet(false, true)) {
      try {
        senders.execute(this::send);
      } catch (RejectedExecutionException stopping) {
        sending.set(false);
      }
    }
  }

  private void send() {
    try {
      SseEmitter.SseEventBuilder event;
      while (!closed && (event = pending.poll()) != null) {
        emitter.send(event);
      }
    } catch (IOException | RuntimeException gone) {
      // The browser has gone (or the write failed some other way, which would otherwise be lost
      // in the writer pool): the servlet container ends the stream with its own error dispatch;
      // completing it here as well races that dispatch and throws. The browser reconnects.
      closed = true;
      onDrop.accept(this);
      return;
    } finally {
      sending.set(false);
    }
    if (closed) {
      close();
    } else if (!pending.isEmpty()) {
      startSending(); // an event queued after the loop looked
    }
  }
}
