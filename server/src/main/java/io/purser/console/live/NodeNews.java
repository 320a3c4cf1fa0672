package io.purser.console.live;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The console's news shared with the other nodes of the cluster, so an agent hears of a change
 * whichever node made it and whichever node their browser is connected to. Changes are gathered for
 * a moment, like the browsers' own events, and sent as a few notes naming this node, the workspaces
 * and their conversations ({@link NewsNote}); notes from other nodes go to this node's browsers,
 * this node's own are skipped. The notes travel through PostgreSQL's {@code LISTEN/NOTIFY} ({@link
 * PostgresNewsChannel}); on H2, which only one node can open, there is nobody to tell and nothing
 * is sent.
 */
@Component
class NodeNews implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NodeNews.class);

  private final ConsoleStreams streams;
  private final PostgresNewsChannel channel;
  private final String node = UUID.randomUUID().toString();
  private final GatheredNews gathered = new GatheredNews();
  private ScheduledExecutorService sender;
  private volatile boolean running;

  NodeNews(ConsoleStreams streams, PostgresNewsChannel channel) {
    this.streams = streams;
    this.channel = channel;
  }

  /** Tells the other nodes that a conversation changed. */
  void changed(long workspaceId, long conversationId) {
    if (running) {
      gathered.conversationChanged(workspaceId, conversationId);
    }
  }

  /** Tells the other nodes that an agent's presence or load changed. */
  void agentsChanged(long workspaceId) {
    if (running) {
      gathered.agentsChanged(workspaceId);
    }
  }

  private void send() {
    var news = gathered.take();
    if (news.isEmpty()) {
      return;
    }
    try {
      channel.send(
          NewsNote.write(
              node, news.conversations(), news.agents(), PostgresNewsChannel.MAX_PAYLOAD));
    } catch (RuntimeException e) {
      // The browsers of other nodes miss this change until their next one or their next load.
      log.warn("Could not tell the other nodes of the console's news: {}", e.toString());
    }
  }

  /** News from a node: to this node's browsers, unless this node wrote it. */
  private void received(String payload) {
    var note = NewsNote.read(payload);
    if (note == null || note.node().equals(node)) {
      return;
    }
    note.conversations()
        .forEach((workspaceId, ids) -> ids.forEach(id -> streams.changed(workspaceId, id)));
    note.agents().forEach(streams::agentsChanged);
  }

  @Override
  public void start() {
    if (!channel.isAvailable()) {
      return;
    }
    running = true;
    sender = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "console-node-news"));
    long gather = ConsoleStreams.GATHER.toMillis();
    sender.scheduleWithFixedDelay(this::send, gather, gather, TimeUnit.MILLISECONDS);
    // Notes missed while the channel was down are lost: every browser reconnects and reloads.
    channel.listen(this::received, streams::reconnectAll);
  }

  @Override
  public void stop() {
    if (!running) {
      return;
    }
    running = false;
    channel.close();
    sender.shutdown();
    try {
      sender.awaitTermination(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
