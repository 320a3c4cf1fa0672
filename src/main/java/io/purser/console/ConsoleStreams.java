package io.purser.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Event streams of the console, per workspace. Changes are gathered for a
 * moment and sent as one event naming the conversations that changed, so a surge of messages
 * becomes a few list refreshes rather than thousands; one thread does all the sending, so the
 * ingest pipeline that reports a change never waits on a slow browser.
 */
@Component
class ConsoleStreams implements SmartLifecycle {

  static final String EVENT = "conversations";
  static final String AGENTS_EVENT = "agents";
  static final Duration GATHER = Duration.ofMillis(150);
  static final Duration HEARTBEAT = Duration.ofSeconds(20);
  // Browsers reconnect by themselves; a bounded life frees streams whose browser vanished quietly.
  static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

  private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  private final Map<Long, Set<Long>> changed = new ConcurrentHashMap<>();
  private final Set<Long> agentsChanged = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "console-sse"));
  private volatile boolean running;

  /** A new stream for a browser of this workspace; it leaves the registry when it ends. */
  SseEmitter open(long workspaceId) {
    var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    var ofWorkspace = streams.computeIfAbsent(workspaceId, id -> new CopyOnWriteArraySet<>());
    ofWorkspace.add(emitter);
    Runnable remove = () -> ofWorkspace.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(error -> remove.run());
    return emitter;
  }

  /** Notes that a conversation changed; its workspace's browsers hear of it shortly. */
  void changed(long workspaceId, long conversationId) {
    if (!streams.containsKey(workspaceId)) {
      return;
    }
    changed.computeIfAbsent(workspaceId, id -> ConcurrentHashMap.newKeySet()).add(conversationId);
    scheduleFlush();
  }

  /** Notes that an agent's presence or load changed; supervisors' pages hear of it shortly. */
  void agentsChanged(long workspaceId) {
    if (!streams.containsKey(workspaceId)) {
      return;
    }
    agentsChanged.add(workspaceId);
    scheduleFlush();
  }

  private void scheduleFlush() {
    if (running && flushScheduled.compareAndSet(false, true)) {
      sender.schedule(this::flush, GATHER.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void flush() {
    flushScheduled.set(false);
    for (var workspaceId : changed.keySet()) {
      var ids = changed.remove(workspaceId);
      var data = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
      sendToWorkspace(workspaceId, SseEmitter.event().name(EVENT).data(data));
    }
    for (var workspaceId : agentsChanged) {
      agentsChanged.remove(workspaceId);
      sendToWorkspace(workspaceId, SseEmitter.event().name(AGENTS_EVENT).data("changed"));
    }
  }

  private void heartbeat() {
    streams.keySet().forEach(ws -> sendToWorkspace(ws, SseEmitter.event().comment("heartbeat")));
  }

  private void sendToWorkspace(long workspaceId, SseEmitter.SseEventBuilder event) {
    for (var emitter : streams.getOrDefault(workspaceId, Set.of())) {
      try {
        emitter.send(event);
      } catch (IOException | IllegalStateException gone) {
        // The browser left: end the stream here too, which removes it from the registry.
        emitter.completeWithError(gone);
      }
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
    streams.values().forEach(set -> set.forEach(SseEmitter::complete));
    streams.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
