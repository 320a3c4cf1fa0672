package io.purser.console.live;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Event streams of the console, per workspace: an event reaches only the
 * browsers of its own workspace. Changes are gathered for a moment and sent as one event naming the
 * conversations that changed, so a surge of messages becomes a few list refreshes rather than
 * thousands. One thread gathers and hands each browser its events, never waiting: every browser has
 * its own queue and its own sender ({@link SseClient}), so neither the ingest pipeline that reports
 * a change nor another browser, of this workspace or another, ever waits on a slow one.
 */
@Component
class ConsoleStreams implements SmartLifecycle {

  static final String EVENT = "conversations";
  static final String AGENTS_EVENT = "agents";
  static final Duration GATHER = Duration.ofMillis(150);
  static final Duration HEARTBEAT = Duration.ofSeconds(20);
  // Browsers reconnect by themselves; a bounded life frees streams whose browser vanished quietly.
  static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
  private static final AtomicInteger WRITERS = new AtomicInteger();

  private final Map<Long, Set<SseClient>> streams = new ConcurrentHashMap<>();
  private final GatheredNews gathered = new GatheredNews();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "console-sse"));
  // A thread per browser being written to, at most: a stuck write holds one until Tomcat's write
  // timeout ends it, and its browser is dropped from the registry long before.
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          r -> {
            var thread = new Thread(r, "console-sse-writer-" + WRITERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean running;

  /** A new stream for a browser of this workspace; it leaves the registry when it ends. */
  SseEmitter open(long workspaceId) {
    var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    var ofWorkspace = streams.computeIfAbsent(workspaceId, id -> new CopyOnWriteArraySet<>());
    var client = new SseClient(emitter, writers, ofWorkspace::remove);
    Runnable remove = () -> ofWorkspace.remove(client);
    ofWorkspace.add(client);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(error -> remove.run());
    // Sends the headers at once: the browser (and any proxy) sees the stream open.
    client.offer(SseEmitter.event().comment("open"));
    return emitter;
  }

  /** Notes that a conversation changed; its workspace's browsers hear of it shortly. */
  void changed(long workspaceId, long conversationId) {
    if (!streams.containsKey(workspaceId)) {
      return;
    }
    gathered.conversationChanged(workspaceId, conversationId);
    scheduleFlush();
  }

  /** Notes that an agent's presence or load changed; supervisors' pages hear of it shortly. */
  void agentsChanged(long workspaceId) {
    if (!streams.containsKey(workspaceId)) {
      return;
    }
    gathered.agentsChanged(workspaceId);
    scheduleFlush();
  }

  private void scheduleFlush() {
    if (running && flushScheduled.compareAndSet(false, true)) {
      sender.schedule(this::flush, GATHER.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void flush() {
    flushScheduled.set(false);
    var news = gathered.take();
    news.conversations()
        .forEach(
            (workspaceId, ids) -> {
              var data = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
              sendToWorkspace(workspaceId, () -> SseEmitter.event().name(EVENT).data(data));
            });
    for (var workspaceId : news.agents()) {
      sendToWorkspace(workspaceId, () -> SseEmitter.event().name(AGENTS_EVENT).data("changed"));
    }
  }

  /**
   * Ends every stream: each browser reconnects and, having lost its stream, reloads what it shows.
   * For when news may have been missed, such as from another node while the channel was down.
   */
  void reconnectAll() {
    streams.values().forEach(set -> set.forEach(SseClient::close));
  }

  private void heartbeat() {
    streams
        .keySet()
        .forEach(ws -> sendToWorkspace(ws, () -> SseEmitter.event().comment("heartbeat")));
  }

  /**
   * Gives each browser of the workspace an event of its own: a builder is not thread-safe and is
   * consumed as it is sent, and each browser's sender writes on a thread of its own. One builder
   * shared by two browsers (the page an agent just left and the one they opened) was written by two
   * threads at once, and the event could be lost for both.
   */
  private void sendToWorkspace(long workspaceId, Supplier<SseEmitter.SseEventBuilder> event) {
    for (var client : streams.getOrDefault(workspaceId, Set.of())) {
      client.offer(event.get());
    }
  }

  @Override
  public void start() {
    running = true;
    sender.scheduleAtFixedRate(
        this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Ends every stream before the web server's graceful shutdown would wait for them. */
  @Override
  public void stop() {
    running = false;
    sender.shutdownNow();
    reconnectAll();
    streams.clear();
    writers.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
