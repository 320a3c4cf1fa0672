package io.purser.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.purser.replay.ReplaySource;
import io.purser.replay.ReplayTweet;
import io.purser.replay.XDeliveries;
import io.purser.testing.Api;
import io.purser.testing.IntegrationTest;
import io.purser.testing.KafkaBroker;
import io.purser.testing.ServerProcess;
import io.purser.testing.SharedData;
import io.purser.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Kafka as the inbound log, for real: an Apache Kafka broker in KRaft mode and two Purser nodes,
 * three processes, on one PostgreSQL database. Real customers' tweets (Tweets.csv) come through the
 * signed X webhook of both nodes, one customer's tweets alternating between the nodes; one node is
 * killed with SIGKILL after a third of them and started again (meanwhile the senders do what X does
 * with a delivery that was not acknowledged: deliver it again, here to the node still up), and the
 * last third goes to both nodes again. Every acknowledged tweet must then be stored exactly once,
 * and each customer's conversation must hold their tweets in the order they were acknowledged.
 * Last, with the broker gone, a webhook is not acknowledged (503).
 */
class KafkaInboundIT {

  private static final int TWEETS = 1200;

  /** One client per node, shared by the senders (each holds a pool of connections). */
  private static final Map<String, Api> CLIENTS = new ConcurrentHashMap<>();

  private static final int SENDERS = 8;

  private final Path workDir = Path.of("target", "kafka-inbound-" + UUID.randomUUID());

  @Test
  void everyAcknowledgedTweetIsStoredOnceAndInOrderWhenANodeIsKilled() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "several nodes share a PostgreSQL database, not H2");
    TestDatabase.require();
    Files.createDirectories(workDir);
    var tweets = customersTweets();
    var database = TestDatabase.another();
    var settings =
        Map.of(
            "PURSER_API_TOKEN",
            IntegrationTest.BOOTSTRAP_TOKEN,
            "PURSER_X_CONSUMER_SECRET",
            IntegrationTest.X_SECRET,
            "PURSER_DATABASE_URL",
            database,
            "PURSER_DATABASE_USER",
            TestDatabase.user(),
            "PURSER_DATABASE_PASSWORD",
            TestDatabase.password(),
            "PURSER_INGEST_APPEND_TIMEOUT",
            "4s",
            "PURSER_KAFKA_PARTITIONS",
            "6",
            "PURSER_KAFKA_SESSION_TIMEOUT",
            "6s");
    try (var broker = KafkaBroker.start(workDir.resolve("kafka.log"))) {
      var withKafka = new HashMap<>(settings);
      withKafka.put("PURSER_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
      // Both nodes start at once: on two cores a node takes most of a minute to start.
      var starting =
          CompletableFuture.supplyAsync(() -> start(withKafka, workDir.resolve("node-b.log")));
      try (var a = ServerProcess.start(withKafka, workDir.resolve("node-a.log"))) {
        var b = new AtomicReference<>(starting.join());
        try {
          var onA = new Api(a.baseUrl());
          var ws = onA.newWorkspace();
          var account = registerByOperator(onA, ws);
          var acknowledged = new ConcurrentHashMap<String, List<String>>();
          var sent = new AtomicInteger();
          var pool = Executors.newFixedThreadPool(SENDERS);
          var customers = new ArrayList<>(tweets.keySet());
          var sending = new ArrayList<Future<?>>();
          var back = new CountDownLatch(1);
          var sentAfterRestart = ConcurrentHashMap.<String>newKeySet();
          for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            sending.add(
                pool.submit(
                    () -> {
                      for (int c = sender; c < customers.size(); c += SENDERS) {
                        var customer = customers.get(c);
                        for (var tweet : tweets.get(customer)) {
                          if (sent.get() >= TWEETS * 2 / 3) {
                            // The last third goes to both nodes again, once B is back.
                            assertThat(back.await(3, TimeUnit.MINUTES)).isTrue();
                          }
                          if (back.getCount() == 0) {
                            sentAfterRestart.add(tweet.id());
                          }
                          var body = XDeliveries.tweetCreate(account, tweet);
                          var node = sent.incrementAndGet() % 2 == 0 ? a : b.get();
                          deliverUntilAcknowledged(body, node, a);
                          acknowledged
                              .computeIfAbsent(customer, k -> new ArrayList<>())
                              .add(tweet.id());
                        }
                      }
                      return null;
                    }));
          }
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofMillis(20))
              .until(() -> sent.get() >= TWEETS / 3);
          b.get().kill();
          // Meanwhile the senders deliver again to node A what node B did not acknowledge.
          b.set(ServerProcess.start(withKafka, workDir.resolve("node-b-again.log")));
          back.countDown();
          pool.shutdown();
          for (var sender : sending) {
            sender.get(3, TimeUnit.MINUTES);
          }
          int total = acknowledged.values().stream().mapToInt(List::size).sum();
          assertThat(total).isEqualTo(TWEETS);

          var stored =
              await()
                  .atMost(Duration.ofSeconds(90))
                  .pollInterval(Duration.ofSeconds(1))
                  .until(
                      () -> storedByConversation(database, ws.id()),
                      found -> found.values().stream().mapToInt(List::size).sum() >= total);
          var all = stored.values().stream().flatMap(List::stream).toList();
          assertThat(all).as("each acknowledged tweet stored exactly once").doesNotHaveDuplicates();
          assertThat(Set.copyOf(all))
              .isEqualTo(
                  acknowledged.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
          assertThat(Set.copyOf(stored.values()))
              .as("each customer's conversation holds their tweets in the order acknowledged")
              .isEqualTo(Set.copyOf(acknowledged.values()));

          var messageIds = messageIds(database, ws.id());
          var added = messagesAdded(broker, ws.id());
          assertThat(added).as("each new message published once").doesNotHaveDuplicates();
          assertThat(messageIds.values()).containsAll(added);
          assertThat(sentAfterRestart).isNotEmpty();
          assertThat(added)
              .as("the events of the messages sent once both nodes were up again")
              .containsAll(sentAfterRestart.stream().map(messageIds::get).toList());

          broker.close();
          var first = tweets.values().iterator().next().get(0);
          var unlogged =
              onA.deliverX(XDeliveries.tweetCreate(account, first.withId("9" + System.nanoTime())));
          assertThat(unlogged.status())
              .as("with Kafka gone a webhook is not acknowledged: X delivers it again")
              .isEqualTo(503);
        } finally {
          b.get().close();
        }
      } finally {
        starting.thenAccept(this::closeQuietly);
      }
    }
  }

  private static ServerProcess start(Map<String, String> settings, Path log) {
    try {
      return ServerProcess.start(settings, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeQuietly(ServerProcess node) {
    try {
      node.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Posts until a node answers 200; a node down or answering 503 is X's cue to try again. */
  private static void deliverUntilAcknowledged(
      byte[] body, ServerProcess first, ServerProcess fallback) {
    var target = first;
    for (int attempt = 0; attempt < 200; attempt++) {
      try {
        var answer = CLIENTS.computeIfAbsent(target.baseUrl(), Api::new).deliverX(body);
        if (answer.status() == 200) {
          return;
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
      } catch (RuntimeException unreachable) {
        // The node was killed: X retries; here, on the other node.
      }
      target = fallback;
      sleep(100);
    }
    throw new IllegalStateException("a tweet was never acknowledged");
  }

  /** The first tweets of Tweets.csv, by customer in the order they wrote them. */
  private static Map<String, List<ReplayTweet>> customersTweets() {
    var file = SharedData.folder().resolve("data/airline-sentiment/Tweets.csv");
    assumeTrue(Files.isRegularFile(file), "the shared data set " + file + " is missing");
    var byCustomer = new LinkedHashMap<String, List<ReplayTweet>>();
    ReplaySource.read(file).stream()
        .limit(TWEETS)
        .forEach(t -> byCustomer.computeIfAbsent(t.authorId(), k -> new ArrayList<>()).add(t));
    return byCustomer;
  }

  private static Map<Long, List<String>> storedByConversation(String url, long workspace)
      throws SQLException {
    var stored = new LinkedHashMap<Long, List<String>>();
    try (var connection =
            DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        var query =
            connection.prepareStatement(
                "select conversation_id, external_id from message where workspace_id = ?"
                    + " order by conversation_id, id")) {
      query.setLong(1, workspace);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          stored.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
    }
    return stored;
  }

  private static Map<String, Long> messageIds(String url, long workspace) throws SQLException {
    var ids = new HashMap<String, Long>();
    try (var connection =
            DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        var query =
            connection.prepareStatement(
                "select external_id, id from message where workspace_id = ?")) {
      query.setLong(1, workspace);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return ids;
  }

  /** The message ids of the workspace's message.added events on the events topic, read whole. */
  private static List<Long> messagesAdded(KafkaBroker broker, long workspace) {
    var added = new ArrayList<Long>();
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      var partitions =
          consumer.partitionsFor("purser.events").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (var record : consumer.poll(Duration.ofSeconds(1))) {
          var event = Api.JSON.readTree(record.value());
          if (event.path("type").asString().equals("message.added")
              && event.path("workspaceId").asLong() == workspace) {
            added.add(event.path("messageId").asLong());
          }
        }
      }
    }
    return added;
  }

  /** The operator registers the brand's X account (no network stand-in proves ownership here). */
  private static String registerByOperator(Api api, Api.Workspace ws) {
    var account = Long.toString(System.nanoTime());
    var registered =
        api.post(
            "/api/v1/channel-accounts",
            IntegrationTest.BOOTSTRAP_TOKEN,
            "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"Kafka Air\",\"workspaceId\":%d}"
                .formatted(account, ws.id()));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    return account;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
