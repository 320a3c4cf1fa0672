package io.purser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.purser.testing.CuttableProxy;
import io.purser.testing.Ids;
import io.purser.testing.IntegrationTest;
import io.purser.testing.Payloads;
import io.purser.testing.TestDatabase;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away in the middle of a stream of signed webhook deliveries and comes back:
 * every delivery acknowledged with 200 is stored exactly once, every one answered 503 is stored
 * once after the test delivers it again (as a network does), none is parked for the outage, and the
 * pipeline goes on without a restart.
 *
 * <p>The application reaches its database through a {@link CuttableProxy}, so this class has a
 * Spring context of its own. On H2 the database is served by H2's TCP server in this JVM (an
 * in-memory database cannot be cut off from the application that holds it); on PostgreSQL the proxy
 * forwards to the machine's server. Hikari's timeouts are short so it notices quickly.
 */
@DirtiesContext
class DatabaseFaultsIT extends IntegrationTest {

  private static final int DELIVERIES = 150;
  private static final CuttableProxy proxy;
  private static final Server h2Server;
  // On PostgreSQL, this class's own database (as every context has), reached through the proxy.
  private static final String POSTGRES_URL =
      TestDatabase.isPostgres() ? TestDatabase.forContext() : null;

  static {
    if (TestDatabase.isPostgres()) {
      h2Server = null;
      var target = URI.create(POSTGRES_URL.substring("jdbc:".length()));
      proxy = new CuttableProxy(target.getHost(), target.getPort());
    } else {
      try {
        h2Server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot start H2's TCP server", e);
      }
      proxy = new CuttableProxy("127.0.0.1", h2Server.getPort());
    }
  }

  @DynamicPropertySource
  static void databaseThroughTheProxy(DynamicPropertyRegistry registry) {
    // spring.datasource.url itself: the base class's purser.database.url would win over ours.
    registry.add("spring.datasource.url", DatabaseFaultsIT::proxiedUrl);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
    registry.add("spring.datasource.hikari.keepalive-time", () -> "30000");
    registry.add("purser.ingest.append-timeout", () -> "4s");
  }

  private static String proxiedUrl() {
    if (TestDatabase.isPostgres()) {
      var target = URI.create(POSTGRES_URL.substring("jdbc:".length()));
      return "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath();
    }
    return "jdbc:h2:tcp://127.0.0.1:"
        + proxy.port()
        + "/mem:faults-"
        + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  @AfterAll
  static void restoreProxy() {
    proxy.restore();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void acknowledgedDeliveriesSurviveTheDatabaseGoingAwayMidStream() throws Exception {
    assertThat(((HikariDataSource) dataSource).getJdbcUrl()).contains(":" + proxy.port() + "/");
    var ws = api.newWorkspace();
    int parkedBefore = parked();
    var account = Ids.random();
    api.registerAccount(ws, "x", account);
    var dms = new ArrayList<String>();
    var bodies = new ArrayList<byte[]>();
    for (int i = 0; i < DELIVERIES; i++) {
      var dm = Ids.random();
      dms.add(dm);
      bodies.add(
          Payloads.xDirectMessage(
              account, dm, Ids.random(), account, "where is my bag " + i, Instant.now()));
    }

    var answers = new ConcurrentHashMap<Integer, Integer>();
    var sent = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(4);
    var stream = new ArrayList<Future<?>>();
    for (int i = 0; i < DELIVERIES; i++) {
      int n = i;
      stream.add(
          pool.submit(
              () -> {
                answers.put(n, api.deliverX(bodies.get(n)).status());
                sent.incrementAndGet();
                pause(20);
              }));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= DELIVERIES / 3);
    proxy.cut();
    pause(3_000);
    proxy.restore();
    for (var f : stream) {
      f.get();
    }
    pool.shutdown();

    var refused = refused(answers);
    assertThat(refused).as("deliveries answered 503 while the database was away").isNotEmpty();
    assertThat(answers.values()).containsOnly(200, 503);
    redeliver(refused, bodies);

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(stored(ws.id(), dms)).isEqualTo(DELIVERIES));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from message where workspace_id = ?", Integer.class, ws.id()))
        .as("no message twice")
        .isEqualTo(DELIVERIES);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbox_event where status = 'failed'", Integer.class))
        .as("no delivery parked for the outage")
        .isZero();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(api.get("/actuator/health", null).json().path("status").asString())
                    .isEqualTo("UP"));
  }

  private int parked() {
    return jdbc.queryForObject(
        "select count(*) from inbox_event where status = 'failed'", Integer.class);
  }

  /** The deliveries the webhook did not acknowledge, by their place in the stream. */
  private static List<Integer> refused(Map<Integer, Integer> answers) {
    return answers.entrySet().stream()
        .filter(e -> e.getValue() != 200)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** As a network does: again, until the webhook acknowledges. */
  private void redeliver(List<Integer> refused, List<byte[]> bodies) {
    for (int n : refused) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> api.deliverX(bodies.get(n)).status() == 200);
    }
  }

  private int stored(long workspaceId, List<String> dms) {
    var placeholders = String.join(",", dms.stream().map(d -> "?").toList());
    var args = new ArrayList<Object>();
    args.add(workspaceId);
    args.addAll(dms);
    return jdbc.queryForObject(
        "select count(distinct external_id) from message where workspace_id = ? and external_id in ("
            + placeholders
            + ")",
        Integer.class,
        args.toArray());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
