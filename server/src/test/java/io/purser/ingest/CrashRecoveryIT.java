package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.purser.replay.AirlineTweet;
import io.purser.replay.ReplayTweet;
import io.purser.replay.ThreadCsv;
import io.purser.replay.TweetCsv;
import io.purser.replay.XWebhookReplayer;
import io.purser.testing.Api;
import io.purser.testing.ServerProcess;
import io.purser.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What must happen when the machine dies in the middle of traffic: every delivery X got a 200 for
 * is stored, every delivery X redelivers (those it got no 200 for, and some it did, as networks do)
 * is stored once. The packaged server is killed with SIGKILL while eight clients deliver, started
 * again on the same database, sent the redeliveries, and then every message must be found exactly
 * once through the API. Runs on H2 (file mode) and on PostgreSQL.
 */
class CrashRecoveryIT {

  static final String TOKEN = "crash-bootstrap-token";
  static final String SECRET = "crash-x-consumer-secret";
  static final String ACCOUNT = "4242424242";
  static final int CUSTOMER_TWEETS = 2_000;

  final Path workDir = Path.of("target", "crash-" + TestDatabase.KIND + "-" + UUID.randomUUID());

  @Test
  void losesAndDuplicatesNothingWhenKilledDuringAReplay() throws Exception {
    Files.createDirectories(workDir);
    var settings = databaseSettings();
    var tweets = deliveries();
    var acknowledged = ConcurrentHashMap.<String>newKeySet();
    String token;
    try (var first = ServerProcess.start(settings, workDir.resolve("server.log"))) {
      token = registerAccount(first);
      var replayer =
          new XWebhookReplayer(first.baseUrl(), SECRET, ACCOUNT, XWebhookReplayer.httpClient())
              .withAttempts(1, Duration.ZERO);
      deliverAndKillMidway(first, replayer, tweets, acknowledged);
    }
    assertThat(acknowledged).as("the kill came in the middle").hasSizeBetween(1, tweets.size() - 1);
    System.out.printf(
        "[%s] killed with %d of %d deliveries acknowledged%n",
        TestDatabase.KIND, acknowledged.size(), tweets.size());

    try (var second = ServerProcess.start(settings, workDir.resolve("server.log"))) {
      var replayer =
          new XWebhookReplayer(second.baseUrl(), SECRET, ACCOUNT, XWebhookReplayer.httpClient());
      for (var tweet : redeliveries(tweets, acknowledged)) {
        assertThat(replayer.deliver(tweet)).as("redelivery of %s", tweet.id()).isEqualTo(200);
      }
      assertEachStoredExactlyOnce(new Api(second.baseUrl()), token, tweets);
    }
  }

  /** Eight clients deliver in order; once a third is acknowledged the server is killed. */
  private void deliverAndKillMidway(
      ServerProcess server, XWebhookReplayer replayer, List<ReplayTweet> tweets, Set<String> acked)
      throws InterruptedException {
    var next = new AtomicInteger();
    var clients = new ArrayList<Thread>();
    for (int c = 0; c < 8; c++) {
      var client =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement();
                    i < tweets.size();
                    i = next.getAndIncrement()) {
                  try {
                    if (replayer.deliver(tweets.get(i)) == 200) {
                      acked.add(tweets.get(i).id());
                    }
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      client.start();
      clients.add(client);
    }
    while (acked.size() < tweets.size() / 3 && clients.stream().anyMatch(Thread::isAlive)) {
      Thread.sleep(5);
    }
    server.kill();
    for (var client : clients) {
      client.join();
    }
  }

  /** X redelivers what it got no 200 for; a network may also redeliver what it did. */
  private static List<ReplayTweet> redeliveries(List<ReplayTweet> tweets, Set<String> acked) {
    return IntStream.range(0, tweets.size())
        .filter(i -> !acked.contains(tweets.get(i).id()) || i % 10 == 0)
        .mapToObj(tweets::get)
        .toList();
  }

  private void assertEachStoredExactlyOnce(Api api, String token, List<ReplayTweet> tweets) {
    var missing = ConcurrentHashMap.<String>newKeySet();
    tweets.forEach(t -> missing.add(t.id()));
    // The restarted server works through the backlog and the redeliveries: a minute on a quiet
    // machine was enough, a CI machine shared with other builds took longer.
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              for (var id : List.copyOf(missing)) {
                var items =
                    api.get("/api/v1/messages?network=x&externalId=" + id, token)
                        .json()
                        .get("items");
                assertThat(items.size()).as("copies of tweet %s", id).isLessThanOrEqualTo(1);
                if (items.size() == 1) {
                  missing.remove(id);
                }
              }
              assertThat(missing).as("tweets never stored").isEmpty();
            });
  }

  /** Real customer tweets with fresh ids, then real threads with the airline's echoes. */
  private static List<ReplayTweet> deliveries() {
    var sample = TweetCsv.readBundledSample();
    var start = Instant.parse("2026-11-22T10:00:00Z");
    var tweets = new ArrayList<ReplayTweet>();
    for (int i = 0; i < CUSTOMER_TWEETS; i++) {
      var original = sample.get(i % sample.size());
      tweets.add(
          new ReplayTweet(
              Long.toString(900_000_000_000_000_000L + i),
              AirlineTweet.authorId(original.name()),
              original.name(),
              original.name(),
              original.text(),
              null,
              start.plusSeconds(i),
              false));
    }
    ThreadCsv.readBundledSample().forEach(t -> tweets.add(t.asReplay()));
    return tweets;
  }

  private static String registerAccount(ServerProcess server) {
    var api = new Api(server.baseUrl());
    var created = api.post("/api/v1/workspaces", TOKEN, "{\"slug\":\"crash\",\"name\":\"Crash\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var token = created.json().get("adminToken").asString();
    // The operator registers it: this server has no X stand-in to prove ownership to.
    var account =
        api.post(
            "/api/v1/channel-accounts",
            TOKEN,
            "{\"network\":\"x\",\"externalId\":\"%s\",\"name\":\"Crash Air\",\"workspaceId\":%d}"
                .formatted(ACCOUNT, created.json().get("id").asLong()));
    assertThat(account.status()).as(account.body()).isEqualTo(201);
    return token;
  }

  /**
   * Each run gets a database of its own (named after this JVM): two suites running at once on one
   * machine used to share "purser_crash", and one dropped the other's in the middle of its run.
   */
  private static final String CRASH_DATABASE = "purser_crash_" + ProcessHandle.current().pid();

  /** H2: a file database under target/. PostgreSQL: a fresh database of this JVM's own. */
  private Map<String, String> databaseSettings() {
    var common = Map.of("PURSER_API_TOKEN", TOKEN, "PURSER_X_CONSUMER_SECRET", SECRET);
    var settings = new java.util.HashMap<>(common);
    if (!TestDatabase.isPostgres()) {
      settings.put("PURSER_DATA_DIR", workDir.toAbsolutePath().toString());
      return settings;
    }
    var admin = env("PURSER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    var user = env("PURSER_TEST_POSTGRES_USER", "postgres");
    var password = env("PURSER_TEST_POSTGRES_PASSWORD", "");
    try (var connection = DriverManager.getConnection(admin, user, password);
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + CRASH_DATABASE + " with (force)");
      statement.execute("create database " + CRASH_DATABASE);
    } catch (SQLException e) {
      var reason = "PostgreSQL is not reachable at " + admin + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("CI must run the PostgreSQL suite: " + reason, e);
      }
      assumeTrue(false, reason);
    }
    settings.put(
        "PURSER_DATABASE_URL", admin.substring(0, admin.lastIndexOf('/') + 1) + CRASH_DATABASE);
    settings.put("PURSER_DATABASE_USER", user);
    settings.put("PURSER_DATABASE_PASSWORD", password);
    return settings;
  }

  /** Leaves no database behind on the shared PostgreSQL server. */
  @org.junit.jupiter.api.AfterEach
  void dropCrashDatabase() {
    if (!TestDatabase.isPostgres()) {
      return;
    }
    var admin = env("PURSER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    try (var connection =
            DriverManager.getConnection(
                admin,
                env("PURSER_TEST_POSTGRES_USER", "postgres"),
                env("PURSER_TEST_POSTGRES_PASSWORD", ""));
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + CRASH_DATABASE + " with (force)");
    } catch (SQLException e) {
      System.err.println("Could not drop " + CRASH_DATABASE + ": " + e.getMessage());
    }
  }

  private static String env(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
